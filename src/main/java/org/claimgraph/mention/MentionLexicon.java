package org.claimgraph.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.sys.DataFiles;

/**
 * The word lists (and quotation marks) the mention stage works from, read from {@code lexicon/names.yaml},
 * {@code lexicon/offices.tsv}, {@code lexicon/ranks.tsv}, {@code lexicon/descriptions.tsv} and
 * {@code lexicon/regions.tsv}.
 */
public final class MentionLexicon {
    /** Bound form of {@code lexicon/names.yaml}. */
    public static final class NameCues {
        public List<String> organizationHeads = List.of();
        public List<String> placeHeads = List.of();
        public List<String> placePrepositions = List.of();
        public List<String> motionWords = List.of();
        public List<String> notNames = List.of();
        public List<String> notNamesAlone = List.of();
        public Map<String, String> pronouns = Map.of();
        public List<String> definiteDeterminers = List.of();
        public List<String> formerWords = List.of();
        public List<String> speechVerbs = List.of();
        public List<String> authorshipTitles = List.of();
        public List<String> militaryServices = List.of();
        public List<String> officeQualifiers = List.of();
        public List<String> compoundOfficeHeads = List.of();
        public List<String> nameParticles = List.of();
        public List<String> familyNameFirst = List.of();
        public List<String> leaderNouns = List.of();
        public List<String> leaderOffices = List.of();
        public List<String> peopleNouns = List.of();
        public List<String> nominationVerbs = List.of();
        public List<String> leavingVerbs = List.of();
        public List<String> changeOfOfficeVerbs = List.of();
        public List<String> seatPrepositions = List.of();
        public List<String> placeFirstWords = List.of();
        public List<String> nameJoiners = List.of();
        public List<String> nameEndingNotNames = List.of();
        public List<String> regionPrefixes = List.of();
        public List<String> eventHeads = List.of();
        public List<String> eventFirstWords = List.of();
        public List<String> meetingHeads = List.of();
        public List<String> inhabitantNouns = List.of();
        public List<String> compassDirections = List.of();
        public List<String> notThoseNamed = List.of();
        public List<String> documentHeads = List.of();
        public List<String> bodyNameOpeners = List.of();
        public List<String> missionNouns = List.of();
        public List<String> talksNouns = List.of();
        public List<String> shipPrefixes = List.of();
        public List<String> seatNouns = List.of();
        public List<String> governmentNouns = List.of();
        public List<String> leaderRuleNouns = List.of();
        public List<String> equipmentHeads = List.of();
        public List<String> nameSuffixes = List.of();
        public List<String> patronymicParticles = List.of();
        public List<String> sourcePhrases = List.of();
        public List<String> sourcePhraseLemmas = List.of();
        public QuotationMarks quotationMarks = new QuotationMarks();
        public List<String> accreditedOffices = List.of();
        public List<String> ledGroupNouns = List.of();
        public List<String> armedGroupNouns = List.of();
        public List<String> mediaNouns = List.of();
        public List<String> broadcastWords = List.of();
        public List<String> settlementNouns = List.of();
        public List<String> stateGovernmentNouns = List.of();
        public List<String> programmeHeads = List.of();
        public List<String> unitHeads = List.of();
        public List<String> shipNouns = List.of();
    }

    /**
     * Quotation marks, bound form of {@code names.yaml}'s {@code quotationMarks}. Each rule asks for the marks it
     * has always read: the mention stage's nicknames take the PTB forms too, what is said ends at a straight single
     * mark as well.
     */
    public static final class QuotationMarks {
        public Set<String> doubleOpening = Set.of();
        public Set<String> doubleClosing = Set.of();
        public Set<String> singleOpening = Set.of();
        public Set<String> singleClosing = Set.of();
        public Set<String> straightSingle = Set.of();
        public Set<String> ptbOpening = Set.of();
        public Set<String> ptbClosing = Set.of();

        /** True for a double mark that opens a quotation (curly or straight). */
        public boolean opensDouble(String token) {
            return doubleOpening.contains(token);
        }

        /** True for a double mark that closes a quotation (curly or straight). */
        public boolean closesDouble(String token) {
            return doubleClosing.contains(token);
        }

        /** True for a double or single mark that opens a quotation. */
        public boolean opens(String token) {
            return doubleOpening.contains(token) || singleOpening.contains(token);
        }

        /** True for a double or single mark that closes a quotation. */
        public boolean closes(String token) {
            return doubleClosing.contains(token) || singleClosing.contains(token);
        }

        /** True for the straight single mark (or apostrophe). */
        public boolean isStraightSingle(String token) {
            return straightSingle.contains(token);
        }

        /** True for a PTB tokenizer's opening form ({@code ``}). */
        public boolean opensPtb(String token) {
            return ptbOpening.contains(token);
        }

        /** True for a PTB tokenizer's closing form ({@code ''}). */
        public boolean closesPtb(String token) {
            return ptbClosing.contains(token);
        }

        /** The one-character double marks that only open (the curly ones), each a character of the result. */
        public String pairedOpening() {
            return characters(doubleOpening, doubleClosing, false);
        }

        /** The one-character double marks that only close (the curly ones), each a character of the result. */
        public String pairedClosing() {
            return characters(doubleClosing, doubleOpening, false);
        }

        /** The one-character double marks that both open and close (the straight one). */
        public String straightDouble() {
            return characters(doubleOpening, doubleClosing, true);
        }

        private static String characters(Set<String> marks, Set<String> others, boolean inOthers) {
            StringBuilder b = new StringBuilder();
            marks.stream()
                    .filter(m -> m.length() == 1 && others.contains(m) == inOthers)
                    .sorted()
                    .forEach(b::append);
            return b.toString();
        }
    }

    /**
     * A military rank as ranks.tsv gives it.
     *
     * @param rank      the rank in full ("Lieutenant General")
     * @param rankClass the word a role description uses for it ("general")
     */
    public record Rank(String rank, String rankClass) {}

    private final Set<String> organizationHeads;
    private final Set<String> placeHeads;
    private final Set<String> placePrepositions;
    private final Set<String> motionWords;
    private final Set<String> notNames;
    private final Set<String> notNamesAlone;
    private final Map<String, String> pronouns;
    private final Set<String> definiteDeterminers;
    private final Set<String> formerWords;
    private final Set<String> speechVerbs;
    private final Set<String> authorshipTitles;
    private final Set<String> militaryServices;
    private final int longestServiceWords;
    private final Set<String> officeQualifiers;
    private final Set<String> compoundOfficeHeads;
    private final Set<String> nameParticles;
    private final Set<String> familyNameFirst;
    private final Set<String> leaderNouns;
    private final Set<String> leaderOffices;
    private final Set<String> peopleNouns;
    private final Set<String> nominationVerbs;
    private final Set<String> leavingVerbs;
    private final Set<String> changeOfOfficeVerbs;
    private final Set<String> seatPrepositions;
    private final Set<String> placeFirstWords;
    private final Set<String> nameJoiners;
    private final Set<String> nameEndingNotNames;
    private final Set<String> regionPrefixes;
    private final Set<String> eventHeads;
    private final Set<String> eventFirstWords;
    private final Set<String> meetingHeads;
    private final Set<String> inhabitantNouns;
    private final Set<String> compassDirections;
    private final Set<String> notThoseNamed;
    private final Set<String> documentHeads;
    private final Set<String> bodyNameOpeners;
    private final Set<String> missionNouns;
    private final Set<String> talksNouns;
    private final Set<String> shipPrefixes;
    private final Set<String> seatNouns;
    private final Set<String> governmentNouns;
    private final Set<String> leaderRuleNouns;
    private final Set<String> equipmentHeads;
    private final Set<String> nameSuffixes;
    private final Set<String> patronymicParticles;
    private final List<List<String>> sourcePhrases;
    private final List<List<String>> sourcePhraseLemmas;
    private final QuotationMarks quotationMarks;
    private final Set<String> accreditedOffices;
    private final Set<String> ledGroupNouns;
    private final Set<String> armedGroupNouns;
    private final Set<String> mediaNouns;
    private final Set<String> broadcastWords;
    private final Set<String> settlementNouns;
    private final Set<String> stateGovernmentNouns;
    private final Set<String> programmeHeads;
    private final Set<String> unitHeads;
    private final Set<String> shipNouns;
    private final Map<String, String> offices = new HashMap<>();
    private final Map<String, String> officeForms = new HashMap<>();
    private final int longestOfficeWords;
    private final Map<String, Rank> ranks = new HashMap<>();
    private final Set<String> rankClasses = new HashSet<>();
    private final int longestRankWords;
    private final Map<String, Set<EntityType>> descriptionNouns = new HashMap<>();
    private final Set<String> recentDescriptionNouns = new HashSet<>();
    private final Set<String> bareDescriptionNouns = new HashSet<>();
    private final Map<String, Set<String>> regions = new HashMap<>();
    private final Map<String, String> publishers = new HashMap<>();

    private MentionLexicon() {
        NameCues cues = DataFiles.yaml("lexicon/names.yaml", NameCues.class);
        organizationHeads = lower(cues.organizationHeads);
        placeHeads = lower(cues.placeHeads);
        placePrepositions = lower(cues.placePrepositions);
        motionWords = lower(cues.motionWords);
        notNames = lower(cues.notNames);
        notNamesAlone = lower(cues.notNamesAlone);
        pronouns = Map.copyOf(cues.pronouns);
        definiteDeterminers = lower(cues.definiteDeterminers);
        formerWords = lower(cues.formerWords);
        speechVerbs = lower(cues.speechVerbs);
        authorshipTitles = lower(cues.authorshipTitles);
        militaryServices = new HashSet<>();
        int services = 1;
        for (String service : cues.militaryServices) {
            militaryServices.add(TextNormalizer.foldedKey(service));
            services = Math.max(services, service.split("\\s+").length);
        }
        longestServiceWords = services;
        officeQualifiers = lower(cues.officeQualifiers);
        compoundOfficeHeads = lower(cues.compoundOfficeHeads);
        nameParticles = new HashSet<>(cues.nameParticles);
        familyNameFirst = new HashSet<>(cues.familyNameFirst);
        leaderNouns = lower(cues.leaderNouns);
        leaderOffices = new HashSet<>(cues.leaderOffices);
        peopleNouns = lower(cues.peopleNouns);
        nominationVerbs = lower(cues.nominationVerbs);
        leavingVerbs = lower(cues.leavingVerbs);
        changeOfOfficeVerbs = lower(cues.changeOfOfficeVerbs);
        seatPrepositions = lower(cues.seatPrepositions);
        placeFirstWords = lower(cues.placeFirstWords);
        nameJoiners = new HashSet<>(cues.nameJoiners);
        nameEndingNotNames = lower(cues.nameEndingNotNames);
        regionPrefixes = lower(cues.regionPrefixes);
        eventHeads = lower(cues.eventHeads);
        eventFirstWords = lower(cues.eventFirstWords);
        meetingHeads = lower(cues.meetingHeads);
        inhabitantNouns = lower(cues.inhabitantNouns);
        compassDirections = lower(cues.compassDirections);
        notThoseNamed = lower(cues.notThoseNamed);
        documentHeads = lower(cues.documentHeads);
        bodyNameOpeners = lower(cues.bodyNameOpeners);
        missionNouns = new HashSet<>(cues.missionNouns);
        talksNouns = lower(cues.talksNouns);
        shipPrefixes = new HashSet<>(cues.shipPrefixes);
        seatNouns = new HashSet<>(cues.seatNouns);
        governmentNouns = new HashSet<>(cues.governmentNouns);
        leaderRuleNouns = new HashSet<>(cues.leaderRuleNouns);
        equipmentHeads = lower(cues.equipmentHeads);
        nameSuffixes = lower(cues.nameSuffixes);
        patronymicParticles = new HashSet<>(cues.patronymicParticles);
        sourcePhrases = phrases(cues.sourcePhrases);
        sourcePhraseLemmas = phrases(cues.sourcePhraseLemmas);
        quotationMarks = cues.quotationMarks;
        accreditedOffices = new HashSet<>(cues.accreditedOffices);
        ledGroupNouns = lower(cues.ledGroupNouns);
        armedGroupNouns = lower(cues.armedGroupNouns);
        mediaNouns = lower(cues.mediaNouns);
        broadcastWords = new HashSet<>(cues.broadcastWords);
        settlementNouns = lower(cues.settlementNouns);
        stateGovernmentNouns = lower(cues.stateGovernmentNouns);
        programmeHeads = lower(cues.programmeHeads);
        unitHeads = lower(cues.unitHeads);
        shipNouns = lower(cues.shipNouns);
        int longest = 1;
        for (DataFiles.Row r : DataFiles.tsv("lexicon/offices.tsv")) {
            offices.put(TextNormalizer.foldedKey(r.get("form")), r.get("office"));
            officeForms.put(TextNormalizer.foldedKey(r.get("form")), r.get("form"));
            longest = Math.max(longest, r.get("form").split("[\\s-]+").length);
        }
        longestOfficeWords = longest;
        int longestRank = 1;
        for (DataFiles.Row r : DataFiles.tsv("lexicon/ranks.tsv")) {
            ranks.put(TextNormalizer.foldedKey(r.get("form")), new Rank(r.get("rank"), r.get("class")));
            rankClasses.add(r.get("class").toLowerCase(Locale.ROOT));
            longestRank = Math.max(longestRank, r.get("form").split("\\s+").length);
        }
        longestRankWords = longestRank;
        for (DataFiles.Row r : DataFiles.tsv("lexicon/descriptions.tsv")) {
            Set<EntityType> types = new HashSet<>();
            r.list("types").forEach(t -> types.add(EntityType.parse(t)));
            descriptionNouns.put(r.get("noun").toLowerCase(Locale.ROOT), types);
            if (r.get("pick").startsWith("recent")) {
                recentDescriptionNouns.add(r.get("noun").toLowerCase(Locale.ROOT));
            }
            if (r.get("pick").equals("recent-bare")) {
                bareDescriptionNouns.add(r.get("noun").toLowerCase(Locale.ROOT));
            }
        }
        for (DataFiles.Row r : DataFiles.tsv("lexicon/publishers.tsv")) {
            publishers.put(r.get("host").toLowerCase(Locale.ROOT), r.get("publisher"));
        }
        for (DataFiles.Row r : DataFiles.tsv("lexicon/regions.tsv")) {
            regions.put(r.get("adjective").toLowerCase(Locale.ROOT), Set.copyOf(r.list("countries")));
        }
    }

    private static final MentionLexicon INSTANCE = new MentionLexicon();

    /** The bundled lexicon. */
    public static MentionLexicon bundled() {
        return INSTANCE;
    }

    private static List<List<String>> phrases(List<String> phrases) {
        List<List<String>> out = new ArrayList<>();
        for (String p : phrases) {
            out.add(List.of(p.toLowerCase(Locale.ROOT).strip().split("\\s+")));
        }
        return List.copyOf(out);
    }

    private static Set<String> lower(List<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    public boolean isOrganizationHead(String lemma) {
        return organizationHeads.contains(lemma.toLowerCase(Locale.ROOT));
    }

    public boolean isPlaceHead(String lemma) {
        return placeHeads.contains(lemma.toLowerCase(Locale.ROOT));
    }

    public boolean isPlacePreposition(String word) {
        return placePrepositions.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a word of this lemma makes its "to" lead to a place ("a trip to X"). */
    public boolean isMotionWord(String lemma) {
        return motionWords.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** True for a preposition after which a body that bears its building's name means the building ("at the Pentagon"). */
    public boolean isSeatPreposition(String word) {
        return seatPrepositions.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True for a first word that makes a name a place ("Camp X", "Fort X", "Port of X"). */
    public boolean isPlaceFirstWord(String word) {
        return placeFirstWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True for a lower-case noun after which a body named after its building is the building. */
    public boolean isSeatNoun(String word) {
        return seatNouns.contains(word);
    }

    /** True for a lower-case noun that makes the name before it a ruler's ("the X regime"). */
    public boolean isLeaderRuleNoun(String word) {
        return leaderRuleNouns.contains(word);
    }

    /** True for the last word of the name of a weapon system ("Unmanned Aerial Systems"). */
    public boolean isEquipmentHead(String word) {
        return equipmentHeads.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True for a lower-case noun that makes a leader's name before it the name of a government. */
    public boolean isGovernmentNoun(String word) {
        return governmentNouns.contains(word);
    }

    /** True for the last word of an event's name ("Forum", "Dialogue"). */
    public boolean isEventHead(String lemma) {
        return eventHeads.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** True for a ship prefix ("USS", "HMS"), case-sensitive: the name after it is a vessel's. */
    public boolean isShipPrefix(String word) {
        return shipPrefixes.contains(word);
    }

    /** True for the last word of a meeting's name ("Forum", "Summit"); a subset of the event heads. */
    public boolean isMeetingHead(String lemma) {
        return meetingHeads.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** True for a noun of the people of a place ("residents"), by lemma. */
    /** True for a word that makes a plural description refer to no entity named before ("the following countries"). */
    public boolean pointsAwayFromThoseNamed(String lemma) {
        return notThoseNamed.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** True for a lower-case word of direction before "of" ("northeast of X"): what follows is a place. */
    public boolean isCompassDirection(String word) {
        return compassDirections.contains(word);
    }

    public boolean isInhabitantNoun(String lemma) {
        return inhabitantNouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** True for the head word of a document named after a city ("agreement", "accords"), by lemma. */
    public boolean isDocumentHead(String lemma) {
        return documentHeads.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** True for a word of {@code notNames} that still opens a body's name ("National Security Council"). */
    public boolean opensBodyName(String word) {
        return bodyNameOpeners.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True for the noun a state's or body's "-led" makes one group of ("the Ruritanian-led coalition"), by lemma. */
    public boolean isLedGroupNoun(String lemma) {
        return ledGroupNouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** True for a noun of armed men after which a capitalised name is their group's ("X rebels"), by lemma. */
    public boolean isArmedGroupNoun(String lemma) {
        return armedGroupNouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** True for a lower-case noun of the news media after which a name is an outlet's ("X news agency"). */
    public boolean isMediaNoun(String word) {
        return mediaNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True for a capitalised word that closes a broadcaster's name ("X TV"), case-sensitive. */
    public boolean isBroadcastWord(String word) {
        return broadcastWords.contains(word);
    }

    /** True for a common noun of a settlement or held place ("town", "stronghold"), by lemma. */
    public boolean isSettlementNoun(String lemma) {
        return settlementNouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** True for the word after a state's name that makes it the state's government ("U.S. Government"). */
    public boolean isStateGovernmentNoun(String word) {
        return stateGovernmentNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True for the last word of a name of money or help given, no body ("X Assistance Funding"), by lemma. */
    public boolean isProgrammeHead(String lemma) {
        return programmeHeads.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** True for the head word of a unit's name that a number completes ("Task Force 412"), by lemma. */
    public boolean isUnitHead(String lemma) {
        return unitHeads.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** True for a noun of a vessel after which a name is the vessel's ("the destroyer X"), by lemma. */
    public boolean isShipNoun(String lemma) {
        return shipNouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** True for a lower-case noun after a mission's name ("mission"), case-sensitive. */
    public boolean isMissionNoun(String word) {
        return missionNouns.contains(word);
    }

    /** True for a noun of talks whose "on" gives their subject ("dialogue"), by lemma. */
    public boolean isTalksNoun(String lemma) {
        return talksNouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** True for the first word of an event's name ("Typhoon", "Hurricane"). */
    public boolean isEventFirstWord(String word) {
        return eventFirstWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True for a compass word that makes a state's name a region's ("Northern Ireland"). */
    public boolean isRegionPrefix(String word) {
        return regionPrefixes.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True for a word of {@code notNames} that still ends a name of two words or more ("Tom West"). */
    public boolean mayEndName(String word) {
        return nameEndingNotNames.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True for a lower-case word that a name runs on over after its head ("Department of Justice"). */
    public boolean isNameJoiner(String word) {
        return nameJoiners.contains(word);
    }

    public boolean isNotName(String word) {
        return notNames.contains(word.toLowerCase(Locale.ROOT).replaceAll("\\.$", ""));
    }

    /** True for a capitalised common word that ends names ("the Warsaw Summit") but is none on its own. */
    public boolean isNotNameAlone(String word) {
        return notNamesAlone.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * {@code male}, {@code female}, {@code plural}, {@code first} ("I") or {@code first-plural} ("we") for a
     * personal pronoun, or null.
     */
    public String pronoun(String word) {
        return pronouns.get(word.toLowerCase(Locale.ROOT));
    }

    /** True for a kind of {@link #pronoun} that is the first person, singular or plural. */
    public static boolean isFirstPerson(String kind) {
        return kind != null && kind.startsWith("first");
    }

    /**
     * The gazetteer key of the state or body that publishes releases at the address's host or a subdomain of it
     * ({@code lexicon/publishers.tsv}); empty for other sites and addresses that do not parse.
     */
    public Optional<String> publisherKey(String address) {
        String host;
        try {
            host = java.net.URI.create(address.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (host == null) {
            return Optional.empty();
        }
        for (String h = host.toLowerCase(Locale.ROOT); ; h = h.substring(h.indexOf('.') + 1)) {
            String key = publishers.get(h.startsWith("www.") ? h.substring(4) : h);
            if (key != null) {
                return Optional.of(key);
            }
            if (h.indexOf('.') < 0) {
                return Optional.empty();
            }
        }
    }

    public boolean isDefiniteDeterminer(String word) {
        return definiteDeterminers.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isFormerWord(String word) {
        return formerWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True for verbs whose subject speaks a quotation beside them. */
    public boolean isSpeechVerb(String lemma) {
        return speechVerbs.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** True for title words that announce the text's author ("Statement", "Remarks"). */
    public boolean isAuthorshipTitle(String word) {
        return authorshipTitles.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The office a form names ("Defence Minister" gives "Defense Minister"), or null. */
    public String office(String form) {
        return offices.get(TextNormalizer.foldedKey(form));
    }

    /**
     * The office's words as the table spells the form the text uses ("spokesman", "Foreign Secretary",
     * "Prime Minister" for "prime minister"), or null: what an office holding records.
     */
    public String officeForm(String form) {
        return officeForms.get(TextNormalizer.foldedKey(form));
    }

    /** The rank a form names ("Lt. Gen."), or null. */
    public Rank rank(String form) {
        return ranks.get(TextNormalizer.foldedKey(form));
    }

    /** True for the word a role description uses for a class of ranks ("general", "admiral", "colonel"). */
    public boolean isRankClass(String word) {
        return rankClasses.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The most words a rank form has. */
    public int longestRankWords() {
        return longestRankWords;
    }

    /** True for a branch of service written before a rank ("Army", "Marine Corps"). */
    public boolean isMilitaryService(String words) {
        return militaryServices.contains(TextNormalizer.foldedKey(words));
    }

    /** The most words a branch of service has. */
    public int longestServiceWords() {
        return longestServiceWords;
    }

    /** True for a word before an office that belongs to it ("chief", "deputy"). */
    public boolean isOfficeQualifier(String word) {
        return officeQualifiers.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True for an office head that takes capitalised words before it ("Finance Minister"). */
    public boolean isCompoundOfficeHead(String word) {
        return compoundOfficeHeads.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True for a generational suffix after a name ("Jr.", "Sr", "III"), with or without its final dot. */
    public boolean isNameSuffix(String word) {
        return nameSuffixes.contains(word.replaceAll("\\.$", "").toLowerCase(Locale.ROOT));
    }

    /** True for a lower-case particle that opens a patronymic ("bin", "ibn", "bint"); case-sensitive. */
    public boolean isPatronymicParticle(String word) {
        return patronymicParticles.contains(word);
    }

    /** True for the first word of a phrase naming a report's source ("according" of "according to"), in any case. */
    public boolean opensSourcePhrase(String word) {
        return sourcePhrases.stream().anyMatch(p -> p.get(0).equalsIgnoreCase(word));
    }

    /** True for a lower-case lemma that equals the first word of such a phrase as written ("according"). */
    public boolean opensSourcePhraseAsLemma(String lowerLemma) {
        return sourcePhrases.stream().anyMatch(p -> p.get(0).equals(lowerLemma));
    }

    /**
     * True when a token of this lemma followed by one of this text begins a phrase naming a report's source
     * ("according to": lemma "accord", then "to"): the lemma as the tagger gives it, lower case, the next word as
     * written, in any case.
     */
    public boolean isSourcePhraseLemmaStart(String lemma, String next) {
        return sourcePhraseLemmas.stream()
                .anyMatch(
                        p -> p.size() >= 2 && p.get(0).equals(lemma) && p.get(1).equalsIgnoreCase(next));
    }

    /** The quotation marks. */
    public QuotationMarks quotationMarks() {
        return quotationMarks;
    }

    /** True for an office whose holder is accredited to the state or body "to" names after it ("Ambassador"). */
    public boolean isAccreditedOffice(String office) {
        return accreditedOffices.contains(office);
    }

    /** True for a lower-case particle inside a person's name ("bin", "dos", "von"); case-sensitive. */
    public boolean isNameParticle(String word) {
        return nameParticles.contains(word);
    }

    /** True for the key of a state whose people's names news writes family name first ("china"). */
    public boolean isFamilyNameFirst(String countryKey) {
        return familyNameFirst.contains(countryKey);
    }

    /** True for a noun that describes whoever leads a state ("the Chinese leader"). */
    public boolean isLeaderNoun(String lemma) {
        return leaderNouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** True for a plural noun that refers back to the people just named ("the leaders", "the two men"). */
    public boolean isPeopleNoun(String lemma) {
        return peopleNouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** True for a verb that puts someone up for an office they do not hold yet ("nominate"). */
    public boolean isNominationVerb(String lemma) {
        return nominationVerbs.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** True for a verb of leaving an office, which its subject holds until then ("step down as"). */
    public boolean isLeavingVerb(String lemma) {
        return leavingVerbs.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** True for a verb of taking an office over, which its subject does not hold yet ("become"). */
    public boolean isChangeOfOfficeVerb(String lemma) {
        return changeOfOfficeVerbs.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** True for an office (as {@link #canonicalOffice} gives it) whose holder leads a state. */
    public boolean isLeaderOffice(String office) {
        return leaderOffices.contains(canonicalOffice(office));
    }

    /** The canonical office for a gazetteer office name, itself when the table lacks it. */
    public String canonicalOffice(String office) {
        String o = office(office);
        return o == null ? office : o;
    }

    /** The most words an office form has. */
    public int longestOfficeWords() {
        return longestOfficeWords;
    }

    /** Entity types a description noun fits, or an empty set. */
    public Set<EntityType> descriptionTypes(String noun) {
        return descriptionNouns.getOrDefault(noun.toLowerCase(Locale.ROOT), Set.of());
    }

    /** True when a description noun refers to the entity of its types named last, not the most salient one. */
    public boolean refersToRecent(String noun) {
        return recentDescriptionNouns.contains(noun.toLowerCase(Locale.ROOT));
    }

    /** True when a description noun refers back only with no other word before it ("the ministry"). */
    public boolean refersOnlyBare(String noun) {
        return bareDescriptionNouns.contains(noun.toLowerCase(Locale.ROOT));
    }

    /** Country keys of a regional adjective ("Nordic"), or null. */
    public Set<String> region(String adjective) {
        return regions.get(adjective.toLowerCase(Locale.ROOT));
    }

    /** Every description noun, for tests and documentation. */
    public List<String> descriptionNouns() {
        return new ArrayList<>(descriptionNouns.keySet());
    }
}
