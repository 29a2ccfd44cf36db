package org.claimgraph.mention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares the names of people across their spellings and their short forms: a full name with or without
 * middle initials and suffixes ("Ana B. Ortiz Jr." and "Ana Ortiz"), a surname alone ("Ortiz", "da Silva"), the
 * family name that comes first in Chinese or Korean names ("Li" for "Li Wenbo"), with diacritics and the
 * endings of transliterations ignored ("Erdogan", "Zelensky").
 */
/*package*/ final class PersonNames {
    /** True for a generational suffix of a name ("Jr.", "Sr", "III"), as {@code names.yaml} lists them. */
    static boolean isSuffix(String word) {
        return MentionLexicon.bundled().isNameSuffix(word);
    }

    private final Gazetteer gazetteer;
    private final MentionLexicon lexicon;
    /** Gazetteer people by the key of their surname (and of their family name, written first). */
    private final Map<String, Set<Entity>> bySurname = new HashMap<>();

    PersonNames(Gazetteer gazetteer, MentionLexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        for (Entity e : gazetteer.entities()) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            boolean familyFirst = familyNameFirst(e);
            for (String form : forms(e)) {
                List<String> w = words(form);
                if (w.size() < 2) {
                    continue;
                }
                bySurname
                        .computeIfAbsent(w.get(w.size() - 1), k -> new LinkedHashSet<>())
                        .add(e);
                if (familyFirst) {
                    bySurname
                            .computeIfAbsent(w.get(0), k -> new LinkedHashSet<>())
                            .add(e);
                }
            }
        }
    }

    /**
     * The comparison words of a person's name: each word without diacritics, in lower case, transliteration
     * endings made alike; initials ("J.") and suffixes ("Jr.", "III") left out; a hyphenated word kept whole.
     */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : TextNormalizer.key(name).split(" ")) {
            String bare = w.replaceAll("[.,]", "");
            if (bare.isEmpty()
                    || (bare.length() == 1 && Character.isUpperCase(bare.charAt(0)))
                    || MentionLexicon.bundled().isNameSuffix(bare)) {
                continue;
            }
            out.add(TextNormalizer.nameWordKey(bare));
        }
        return out;
    }

    /**
     * The comparison words of a name that may stand as a full name: {@link #words}, and a ruler's name with its
     * number ("Abdullah II", "Charles III") as its name and number, so that the name alone refers back to it.
     */
    static List<String> fullNameWords(String name) {
        List<String> out = words(name);
        String[] raw = TextNormalizer.key(name).split(" ");
        String last = raw[raw.length - 1].replaceAll("[.,]", "").toLowerCase(Locale.ROOT);
        if (out.size() == 1 && raw.length == 2 && isSuffix(last)) {
            return List.of(out.get(0), last);
        }
        return out;
    }

    /** A gazetteer person's label and aliases. */
    List<String> forms(Entity person) {
        List<String> out = new ArrayList<>();
        out.add(person.label());
        if (!person.local()) {
            for (Gazetteer.SurfaceForm f : gazetteer.forms()) {
                if (f.entityKey().equals(person.key()) && f.kind() == Gazetteer.FormKind.NAME) {
                    out.add(f.text());
                }
            }
        }
        return out;
    }

    /** True when a gazetteer person held an office of a state whose names put the family name first. */
    boolean familyNameFirst(Entity person) {
        for (Gazetteer.Position p : gazetteer.positions()) {
            if (p.holderKey().equals(person.key())
                    && p.officeOfKey().filter(lexicon::isFamilyNameFirst).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** True when two full names are one person's: the same words once initials and suffixes are left out. */
    static boolean sameFullName(List<String> a, List<String> b) {
        return a.size() >= 2 && a.equals(b);
    }

    /**
     * True when {@code shortForm} (the words of a name standing alone) refers to a person whose full name has
     * the words {@code full}: its last word ("Ortiz"), its last words from a particle on ("da Silva"), or, for
     * a name written family name first, its first word ("Li").
     */
    boolean isShortFormOf(List<String> shortForm, List<String> full, boolean familyFirst) {
        if (shortForm.isEmpty() || shortForm.size() >= full.size()) {
            return false;
        }
        if (full.size() == 2 && shortForm.size() == 1 && isSuffix(full.get(1))) {
            return full.get(0).equals(shortForm.get(0)); // "Abdullah" for "Abdullah II"
        }
        if (full.subList(full.size() - shortForm.size(), full.size()).equals(shortForm)
                && (shortForm.size() == 1 || lexicon.isNameParticle(shortForm.get(0)))) {
            return true; // "Ortiz"; "da Silva" (a surname of several words opens with a particle)
        }
        String last = full.get(full.size() - 1);
        int hyphen = last.indexOf('-');
        if (shortForm.size() == 1
                && hyphen > 0
                && lexicon.isNameParticle(last.substring(0, hyphen))
                && last.substring(hyphen + 1).equals(shortForm.get(0))) {
            return true; // "Sissi" for "Abdel-Fattah el-Sissi": the surname without its particle
        }
        int n = shortForm.size();
        if (full.subList(0, n).equals(shortForm) && lexicon.isPatronymicParticle(full.get(n))) {
            return true; // "Sheikh Tamim" for "Sheikh Tamim bin Hamad Al Thani": the name before "bin"
        }
        return familyFirst && shortForm.size() == 1 && full.get(0).equals(shortForm.get(0));
    }

    /** True for a lower-case particle that opens a patronymic ("bin", "ibn", "bint"), as {@code names.yaml} lists them. */
    static boolean isPatronymic(String word) {
        return MentionLexicon.bundled().isPatronymicParticle(word);
    }

    /**
     * True when a name writes its family name first in capitals, as Japanese and some Korean sources do
     * ("HAYASHI Yoshimasa", "MOTEGI Toshimitsu"): the first word alone refers back to it.
     */
    static boolean capitalFamilyNameFirst(String name) {
        String[] w = name.strip().split("\\s+");
        return w.length >= 2
                && isAllCapitals(w[0])
                && java.util.Arrays.stream(w).skip(1).noneMatch(PersonNames::isAllCapitals);
    }

    /** True for a word of two letters or more written all in capitals. */
    static boolean isAllCapitals(String word) {
        return word.codePoints().filter(Character::isLetter).count() >= 2
                && word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /**
     * The one gazetteer person with this surname (or family name) who held an office on {@code day}: "Putin"
     * alone in 2023 is Vladimir Putin. Empty when none or several did, or without a date.
     */
    Optional<Entity> holderBySurname(String surname, Optional<LocalDate> day) {
        if (day.isEmpty()) {
            return Optional.empty();
        }
        List<String> w = words(surname);
        if (w.size() != 1) {
            return Optional.empty();
        }
        Set<Entity> found = new LinkedHashSet<>();
        for (Entity e : bySurname.getOrDefault(w.get(0), Set.of())) {
            for (Gazetteer.Position p : gazetteer.positions()) {
                if (p.holderKey().equals(e.key()) && p.heldOn(day.get())) {
                    found.add(e);
                }
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }
}
