package org.claimgraph.evaluate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.mention.Entity;
import org.claimgraph.mention.EntityType;
import org.claimgraph.mention.Gazetteer;
import org.claimgraph.mention.Mention;
import org.claimgraph.mention.Mentions;
import org.claimgraph.mention.TextNormalizer;

/**
 * Decides whether a name written in a gold file denotes an entity the system found. Lenient about
 * spelling, strict about identity:
 *
 * <ol>
 * <li>Names are compared as word lists: typographic quotes and dashes made plain, lower case, a leading
 * "the" and a possessive "'s" dropped, periods outside numbers dropped ("U.S." is "us"), other punctuation
 * and hyphens split words, a leading "a" or "an" dropped as "the" is, a plural "s"/"ies" taken off, and "advisor"/"defence" spelt "adviser"/"defense".
 * For people, initials and generational suffixes are dropped too ("Lloyd J. Austin III" is "lloyd austin").
 * <li>A name followed by an abbreviation in parentheses ("Joint Strike Missile (JSM)") is tried whole, without
 * the abbreviation, and as the abbreviation.
 * <li>The entity's forms are its label, its gazetteer names and aliases (not demonyms), the words of each
 * mention in the article that literally names it (names and surnames, not pronouns or descriptions), and,
 * for items, the item phrase the event records.
 * <li>A gold name matches when it equals one of those forms, or when the shorter of the two ends the longer
 * and the longer only adds words before it, none of them a preposition or conjunction, and the shorter has
 * at least two content words ("Department of Defense" in "U.S. Department of Defense", but not "United
 * States" in "Presidents of Ukraine and the United States"). One word alone is enough only for a person's
 * surname ("Zelenskyy") and for an item's head noun ("ammunition" for "155 mm ammunition", "munition" for
 * "munitions for air-defense systems"): "Ukraine" does not match "Ukraine Defense Contact Group", nor
 * "ambassador" "ambassador to Slovakia".
 * </ol>
 */
final class NameMatcher {
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "of", "the", "a", "an", "and", "or", "for", "to", "in", "on", "at", "with", "from", "by", "under",
            "against", "between", "into");
    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    private static final Map<String, String> SPELLINGS =
            Map.of("advisor", "adviser", "defence", "defense", "organisation", "organization", "programme", "program");

    /** "Joint Strike Missile (JSM)": a name with its abbreviation; either names the entity. */
    private static final Pattern ABBREVIATED = Pattern.compile("\\s*([^()]+?)\\s*\\(([^()]+)\\)\\s*");

    private final Map<String, Set<String>> forms;

    /**
     * @param gazetteerForms names and aliases by entity key, as {@link #gazetteerForms(Gazetteer)} gives them
     * @param mentions       the article's mentions
     */
    NameMatcher(Map<String, Set<String>> gazetteerForms, Mentions mentions) {
        Map<String, Set<String>> f = new HashMap<>();
        gazetteerForms.forEach((k, v) -> f.put(k, new LinkedHashSet<>(v)));
        for (Mention m : mentions.all()) {
            Entity named;
            if (m.kind() == Mention.MentionKind.SURNAME) {
                named = m.entity();
            } else if (m.kind() == Mention.MentionKind.NAME) {
                named = m.named().orElse(m.entity()); // "Warsaw" in "Warsaw's response" names Warsaw, not Poland.
            } else {
                continue;
            }
            f.computeIfAbsent(named.key(), k -> new LinkedHashSet<>()).add(m.text());
            f.computeIfAbsent(labelKey(named.label()), k -> new LinkedHashSet<>())
                    .add(m.text());
        }
        this.forms = f;
    }

    /** A matcher that knows only labels (no gazetteer, no mentions): for tests. */
    static NameMatcher labelsOnly() {
        return new NameMatcher(Map.of(), new Mentions(List.of(), List.of()));
    }

    /** Gazetteer names and aliases (not demonyms) by entity key. */
    static Map<String, Set<String>> gazetteerForms(Gazetteer gazetteer) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Gazetteer.SurfaceForm f : gazetteer.forms()) {
            if (f.kind() == Gazetteer.FormKind.NAME) {
                out.computeIfAbsent(f.entityKey(), k -> new LinkedHashSet<>()).add(f.text());
            }
        }
        return out;
    }

    /**
     * True when a gold name denotes the entity.
     *
     * @param name       the name in the gold file
     * @param entity     the system's entity
     * @param extraForms further forms of the entity (an item's phrase)
     * @param item       true in the item role: one head noun is enough
     */
    boolean matches(String name, Entity entity, Collection<String> extraForms, boolean item) {
        boolean person = entity.type() == EntityType.PERSON;
        boolean single = person || item;
        List<String> alternatives = new ArrayList<>(List.of(name));
        Matcher abbreviation = ABBREVIATED.matcher(name);
        if (abbreviation.matches()) {
            alternatives.add(abbreviation.group(1));
            alternatives.add(abbreviation.group(2));
        }
        List<String> forms = formsOf(entity, extraForms);
        for (String alternative : alternatives) {
            List<String> gold = words(alternative, person);
            for (String form : forms) {
                if (!gold.isEmpty() && wordsMatch(gold, words(form, person), single)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every form of an entity: label, gazetteer names, mentions that name it, the extra forms. */
    List<String> formsOf(Entity entity, Collection<String> extraForms) {
        Set<String> all = new LinkedHashSet<>();
        all.add(entity.label());
        all.addAll(forms.getOrDefault(entity.key(), Set.of()));
        all.addAll(forms.getOrDefault(labelKey(entity.label()), Set.of()));
        all.addAll(extraForms);
        return new ArrayList<>(all);
    }

    /**
     * True when a gold office names the system's: the same words, the same content words in another order
     * ("Secretary of Defense" and "Defense Secretary"), or the part rule of names with two or more words.
     */
    static boolean sameOffice(String gold, String system) {
        List<String> a = words(gold, false);
        List<String> b = words(system, false);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        List<String> ca = contentWords(a);
        List<String> cb = contentWords(b);
        if (!ca.isEmpty() && new java.util.TreeMap<>(counts(ca)).equals(new java.util.TreeMap<>(counts(cb)))) {
            return true;
        }
        return wordsMatch(a, b, false);
    }

    /**
     * The part rule: equal; or the shorter is the end of the longer, the longer adding only words before it
     * (no "of", "and", "for" ...: "U.S. Department of Defense" holds "Department of Defense", "Leaders of
     * Ruritania and the United States" does not hold "United States"), and the shorter has two content words
     * or may have one; or, when one word is enough, it is the head of the longer: its last word before any
     * preposition or conjunction ("munition" in "munitions for air-defense systems").
     */
    static boolean wordsMatch(List<String> a, List<String> b, boolean singleWordEnough) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = shorter == a ? b : a;
        if (shorter.size() == longer.size()) {
            return false;
        }
        int content = contentWords(shorter).size();
        if (content == 0 || content == 1 && !singleWordEnough) {
            return false;
        }
        List<String> added = longer.subList(0, longer.size() - shorter.size());
        if (longer.subList(added.size(), longer.size()).equals(shorter)
                && added.stream().noneMatch(FUNCTION_WORDS::contains)) {
            return true;
        }
        if (singleWordEnough && shorter.size() == 1) {
            int cut = 0;
            while (cut < longer.size() && (cut == 0 || !FUNCTION_WORDS.contains(longer.get(cut)))) {
                cut++;
            }
            return longer.get(cut - 1).equals(shorter.get(0));
        }
        return false;
    }

    /** The comparison words of a name (see the class comment). */
    static List<String> words(String name, boolean person) {
        String s = TextNormalizer.normalize(name).toLowerCase(Locale.ROOT);
        s = s.replaceAll("'s\\b", "");
        s = s.replaceAll("(?<=\\d),(?=\\d{3})", ""); // 36,000
        s = s.replaceAll("(?<!\\d)\\.|\\.(?!\\d)", ""); // U.S. -> us; 2.4 stays
        s = s.replaceAll("[^\\p{L}\\p{N}$%.]+", " ").strip();
        List<String> out = new ArrayList<>();
        for (String w : s.split(" ")) {
            if (w.isEmpty()) {
                continue;
            }
            if (person && (w.length() == 1 || NAME_SUFFIXES.contains(w))) {
                continue;
            }
            out.add(stem(SPELLINGS.getOrDefault(w, w)));
        }
        if (out.size() > 1
                && (out.get(0).equals("the")
                        || out.get(0).equals("a")
                        || out.get(0).equals("an"))) {
            out.remove(0); // "an initial $35 million in aid" is "initial $35 million in aid"
        }
        return out;
    }

    private static String stem(String w) {
        if (w.length() <= 3 || !Character.isLetter(w.charAt(w.length() - 1))) {
            return w;
        }
        if (w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static List<String> contentWords(List<String> words) {
        return words.stream().filter(w -> !FUNCTION_WORDS.contains(w)).toList();
    }

    private static Map<String, Integer> counts(List<String> words) {
        Map<String, Integer> out = new HashMap<>();
        words.forEach(w -> out.merge(w, 1, Integer::sum));
        return out;
    }

    private static String labelKey(String label) {
        return "label:" + TextNormalizer.foldedKey(label);
    }
}
