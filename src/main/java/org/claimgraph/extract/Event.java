package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.mention.Entity;

/**
 * An event one or more claims are about, with its role fillers and details. Built by the extractor and
 * completed by merging: when two claims report the same event, their details are united here.
 */
public final class Event {
    private final EventKind kind;
    private final Map<Role, Set<Entity>> roles = new EnumMap<>(Role.class);
    private TimeSpec time = TimeSpec.NONE;
    private TimeSpec delivery = TimeSpec.NONE;
    private Integer quantity;
    private QuantityQualifier quantityQualifier;
    private String itemDescription;
    private boolean only;
    private String content;
    private final List<String> quotes = new ArrayList<>();
    private String office;
    private String positionName;
    private boolean former;
    private String firstSince;
    private Event subEventOf;

    public Event(EventKind kind) {
        this.kind = kind;
    }

    public EventKind kind() {
        return kind;
    }

    /** Fillers of a role, in the order found; empty when unfilled. */
    public Set<Entity> role(Role role) {
        return roles.getOrDefault(role, Set.of());
    }

    /** All roles with their fillers. */
    public Map<Role, Set<Entity>> roles() {
        return roles;
    }

    /** Adds a filler; returns false when the role does not accept its type. */
    public boolean add(Role role, Entity entity) {
        if (!role.accepts(entity.type())) {
            return false;
        }
        roles.computeIfAbsent(role, r -> new LinkedHashSet<>()).add(entity);
        return true;
    }

    /** Drops the fillers of a role that the test picks out ("a unit is no visitor"). */
    public void drop(Role role, java.util.function.Predicate<Entity> which) {
        Set<Entity> fillers = roles.get(role);
        if (fillers != null) {
            fillers.removeIf(which);
            if (fillers.isEmpty()) {
                roles.remove(role);
            }
        }
    }

    /** Empties a role, for when a better reading of the text replaces its fillers. */
    public void clear(Role role) {
        roles.remove(role);
    }

    public TimeSpec time() {
        return time;
    }

    public void time(TimeSpec t) {
        this.time = t;
    }

    /** For pledges: when the items are to arrive. */
    public TimeSpec delivery() {
        return delivery;
    }

    public void delivery(TimeSpec t) {
        this.delivery = t;
    }

    public Optional<Integer> quantity() {
        return Optional.ofNullable(quantity);
    }

    public Optional<QuantityQualifier> quantityQualifier() {
        return Optional.ofNullable(quantityQualifier);
    }

    public void quantity(int q, QuantityQualifier qualifier) {
        this.quantity = q;
        this.quantityQualifier = qualifier;
    }

    public Optional<String> itemDescription() {
        return Optional.ofNullable(itemDescription);
    }

    public void itemDescription(String d) {
        this.itemDescription = d;
    }

    /** True when the text says only these items are given. */
    public boolean only() {
        return only;
    }

    public void only(boolean o) {
        this.only = o;
    }

    /** For statements: what was said. */
    public Optional<String> content() {
        return Optional.ofNullable(content);
    }

    public void content(String c) {
        this.content = c;
    }

    /** Direct quotations inside the content, verbatim. */
    public List<String> quotes() {
        return quotes;
    }

    /** For office holdings: the office. */
    public Optional<String> office() {
        return Optional.ofNullable(office);
    }

    /**
     * For office holdings: the office as offices are compared ("Foreign Minister" for the text's "Foreign
     * Secretary"), which names the position; the text's words stay in {@link #office()}.
     */
    public Optional<String> positionName() {
        return Optional.ofNullable(positionName).or(this::office);
    }

    public void positionName(String p) {
        this.positionName = p;
    }

    public void office(String o, boolean wasFormer) {
        this.office = o;
        this.former = wasFormer;
    }

    public boolean former() {
        return former;
    }

    /** The time words after "first ... since", when the text calls this the first such event. */
    public Optional<String> firstSince() {
        return Optional.ofNullable(firstSince);
    }

    public void firstSince(String s) {
        this.firstSince = s;
    }

    /** The event this one takes place during, if known. */
    public Optional<Event> subEventOf() {
        return Optional.ofNullable(subEventOf);
    }

    public void subEventOf(Event parent) {
        this.subEventOf = parent;
    }

    /** A copy holding the same roles but {@code except} and nothing else: for one event per item of a list. */
    Event copyRolesExcept(Role except) {
        Event copy = new Event(kind);
        roles.forEach((r, es) -> {
            if (r != except) {
                es.forEach(x -> copy.add(r, x));
            }
        });
        return copy;
    }

    /**
     * A copy of this event with one filler of {@code role} only, and every other role and detail the same: one
     * event per member of "A, B and C joined X" (GUIDE: one Accession per member).
     */
    Event withOnly(Role role, Entity keep) {
        Event copy = copyRolesExcept(role);
        copy.add(role, keep);
        copy.time = time;
        copy.delivery = delivery;
        copy.quantity = quantity;
        copy.quantityQualifier = quantityQualifier;
        copy.itemDescription = itemDescription;
        copy.only = only;
        copy.content = content;
        copy.quotes.addAll(quotes);
        copy.office = office;
        copy.positionName = positionName;
        copy.former = former;
        copy.firstSince = firstSince;
        copy.subEventOf = subEventOf;
        return copy;
    }

    /** Takes over what another report of the same event adds: fillers, details, the better time. */
    void absorb(Event other) {
        other.roles.forEach((r, es) -> es.forEach(e -> add(r, e)));
        if (time.compatibleWith(other.time)) {
            time = time.mergedWith(other.time);
        }
        if (delivery.compatibleWith(other.delivery)) {
            delivery = delivery.mergedWith(other.delivery);
        }
        if (quantity == null && other.quantity != null) {
            quantity(other.quantity, other.quantityQualifier);
        }
        if (itemDescription == null
                || other.itemDescription != null
                        && other.itemDescription.length() > itemDescription.length()
                        && other.itemDescription.contains(itemDescription)) {
            // "security assistance", then "$2.4 billion in security assistance": the fuller words of one item
            itemDescription = other.itemDescription;
        }
        if (content == null) {
            content = other.content;
        }
        other.quotes.stream().filter(q -> !quotes.contains(q)).forEach(quotes::add);
        if (office == null) {
            office(other.office, other.former);
        }
        if (positionName == null) {
            positionName = other.positionName;
        }
        if (firstSince == null) {
            firstSince = other.firstSince;
        }
        only |= other.only;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(kind.name()).append('{');
        roles.forEach((r, es) -> b.append(r)
                .append('=')
                .append(es.stream().map(Entity::label).toList())
                .append(' '));
        if (time.isResolved()) {
            b.append("time=")
                    .append(time.date().map(Object::toString).orElse(""))
                    .append(time.notBefore().map(t -> " >=" + t).orElse(""))
                    .append(time.notAfter().map(t -> " <=" + t).orElse(""))
                    .append(' ');
        }
        quantity()
                .ifPresent(q -> b.append("qty=")
                        .append(quantityQualifier)
                        .append(' ')
                        .append(q)
                        .append(' '));
        content().ifPresent(c -> b.append("content=\"").append(c).append("\" "));
        office().ifPresent(o ->
                b.append("office=").append(former ? "former " : "").append(o).append(' '));
        return b.toString().strip() + "}";
    }
}
