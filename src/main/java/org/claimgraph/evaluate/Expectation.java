package org.claimgraph.evaluate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimgraph.extract.EventKind;
import org.claimgraph.extract.Modality;
import org.claimgraph.extract.QuantityQualifier;
import org.claimgraph.extract.Role;

/**
 * One checked entry of a gold file: a claim the system should make (from {@code claims}) or must not make
 * (from {@code mustNot}), with its values parsed and its sentence fragment located in the article.
 *
 * @param list         {@code claims} or {@code mustNot}
 * @param index        position in that list, from 0
 * @param type         the event type
 * @param sentence     the fragment as written (empty when a mustNot entry gives none)
 * @param fragmentFrom first character of the fragment in the article text, or -1 when none is given
 * @param fragmentTo   end character of the fragment (exclusive), or -1
 * @param roles        the names expected in each role, in the order written
 * @param office       the office held (the pseudo-role {@code office} of OfficeHolding claims)
 * @param quantity     counted items
 * @param qualifier    how the quantity bounds the real number
 * @param date         the date, lexical form (YYYY, YYYY-MM or YYYY-MM-DD)
 * @param notBefore    lower bound, lexical form
 * @param notAfter     upper bound, lexical form
 * @param modality     how the claim is put forward
 * @param attributedTo who the text says it comes from
 * @param content      for statements: what was said
 */
public record Expectation(
        String list,
        int index,
        EventKind type,
        String sentence,
        int fragmentFrom,
        int fragmentTo,
        Map<Role, List<String>> roles,
        Optional<String> office,
        Optional<Integer> quantity,
        Optional<QuantityQualifier> qualifier,
        Optional<String> date,
        Optional<String> notBefore,
        Optional<String> notAfter,
        Optional<Modality> modality,
        List<String> attributedTo,
        Optional<String> content) {

    /** The list of expected claims. */
    public static final String CLAIMS = "claims";
    /** The list of forbidden claims. */
    public static final String MUST_NOT = "mustNot";

    public Expectation {
        EnumMap<Role, List<String>> copy = new EnumMap<>(Role.class);
        roles.forEach((r, names) -> copy.put(r, List.copyOf(names)));
        roles = Collections.unmodifiableMap(copy);
        attributedTo = List.copyOf(attributedTo);
    }

    /** True for a mustNot entry. */
    public boolean forbidden() {
        return MUST_NOT.equals(list);
    }

    /** True when the entry names a sentence fragment. */
    public boolean hasFragment() {
        return fragmentFrom >= 0;
    }

    /** True when any of date, notBefore or notAfter is given. */
    public boolean hasTime() {
        return date.isPresent() || notBefore.isPresent() || notAfter.isPresent();
    }

    /** {@code claims #3}, 1-based, for messages. */
    public String label() {
        return list + " #" + (index + 1);
    }

    /** The time as written: {@code 2024-03}, {@code >=2024-06 <=2024-09}. */
    public String timeText() {
        return timeText(date, notBefore, notAfter);
    }

    /** A compact one-line form, keys as in the gold file: {@code Visit visitor=[A, B] destination=[Kyiv] date=...}. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        parts.add(type.name());
        roles.forEach((r, names) -> parts.add(r + "=" + names));
        office.ifPresent(o -> parts.add("office=" + o));
        quantity.ifPresent(q -> parts.add("quantity=" + q));
        qualifier.ifPresent(q -> parts.add("quantityQualifier=" + q));
        date.ifPresent(d -> parts.add("date=" + d));
        notBefore.ifPresent(d -> parts.add("notBefore=" + d));
        notAfter.ifPresent(d -> parts.add("notAfter=" + d));
        modality.ifPresent(m -> parts.add("modality=" + m));
        if (!attributedTo.isEmpty()) {
            parts.add("attributedTo=" + attributedTo);
        }
        return String.join(" ", parts);
    }

    /** Formats a time given as date and bounds. */
    static String timeText(Optional<String> date, Optional<String> notBefore, Optional<String> notAfter) {
        List<String> parts = new ArrayList<>();
        date.ifPresent(parts::add);
        notBefore.ifPresent(d -> parts.add(">=" + d));
        notAfter.ifPresent(d -> parts.add("<=" + d));
        return parts.isEmpty() ? "none" : String.join(" ", parts);
    }
}
