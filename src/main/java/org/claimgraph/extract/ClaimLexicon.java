package org.claimgraph.extract;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.mention.EntityType;
import org.claimgraph.sys.ClaimgraphException;
import org.claimgraph.sys.DataFiles;

/**
 * The rules of claim extraction as data: frames ({@code lexicon/frames.yaml}), cue words
 * ({@code lexicon/cues.yaml}) and item nouns ({@code lexicon/items.tsv}). Loading checks every name against
 * the ontology-bound enums, so a typo in a rule file fails at start-up with the rule's id.
 */
public final class ClaimLexicon {
    private static final ClaimLexicon BUNDLED = new ClaimLexicon();

    private final List<Frame> frames = new ArrayList<>();
    private final Map<String, List<Frame>> verbFrames = new HashMap<>();
    private final Map<String, List<Frame>> nounFrames = new HashMap<>();
    private final Map<String, List<Frame>> adjectiveFrames = new HashMap<>();
    private final List<Frame> placeFrames = new ArrayList<>();
    private final Cues cues;
    private final Map<String, ItemNoun> items = new HashMap<>();
    private final List<Role> actorRoles = new ArrayList<>();
    private final Set<EventKind> onceOnly = java.util.EnumSet.noneOf(EventKind.class);

    /** A noun of things given. */
    public record ItemNoun(EntityType type, boolean lethal) {}

    /** Bound form of {@code lexicon/cues.yaml}. */
    public static final class Cues {
        public ModalityCues modality = new ModalityCues();
        public TimeCues time = new TimeCues();
        public QuantityCues quantity = new QuantityCues();
        public RoleCues roles = new RoleCues();
    }

    /** Modality cue words. */
    public static final class ModalityCues {
        public Set<String> future = Set.of();
        public Set<String> possible = Set.of();
        public Set<String> negation = Set.of();
        public Set<String> intention = Set.of();
        public Set<String> committedWhenPast = Set.of();
        public Set<String> commitment = Set.of();
        public Set<String> conditional = Set.of();
        public Set<String> reportSources = Set.of();
        public Set<String> reportVerbs = Set.of();
        public Set<String> only = Set.of();
        public Set<String> refusal = Set.of();
        public Set<String> withholding = Set.of();
        public Set<String> possibleAdjectives = Set.of();
        public Set<String> plannedAdjectives = Set.of();
        public Set<String> aheadPrepositions = Set.of();
        public Set<String> scheduleVerbs = Set.of();
    }

    /** Time cue words. */
    public static final class TimeCues {
        public Set<String> past = Set.of();
        public Set<String> immediately = Set.of();
        public Set<String> frequency = Set.of();
        public Set<String> notAfter = Set.of();
        public Set<String> notBefore = Set.of();
        public List<String> agoRecent = List.of();
        public List<String> agoOlder = List.of();
        public List<String> agoApprox = List.of();
        public Set<String> first = Set.of();
        public Set<String> wartime = Set.of();
        public Set<String> lightVerbs = Set.of();
        public Set<String> resultVerbs = Set.of();
        public List<String> ago = List.of();
        public Map<String, java.time.temporal.ChronoUnit> agoUnits = Map.of();
        public List<String> agoDay = List.of();
        public List<String> fromAnEvent = List.of();
        public Set<String> durationAfter = Set.of();
        public Set<String> durationBefore = Set.of();
        public Set<String> sufferedPrepositions = Set.of();
        public Set<String> resultPrepositions = Set.of();
    }

    /** Quantity qualifier phrases. */
    public static final class QuantityCues {
        public List<String> atLeast = List.of();
        public List<String> atMost = List.of();
        public List<String> approximately = List.of();
        public Set<String> money = Set.of();
        public Set<String> freshMarkers = Set.of();
        public Set<String> vagueCounts = Set.of();
        public Set<String> containers = Set.of();
        public Set<String> scaleWords = Set.of();
        public Set<String> measureUnits = Set.of();
        public Set<String> countingUnits = Set.of();
        public Set<String> notItems = Set.of();
        public Set<String> calibreUnits = Set.of();
        public Set<String> countJoiners = Set.of();
        public Set<String> vagueSupport = Set.of();
        public Set<String> contentsWords = Set.of();
        public Set<String> runningTotalMarkers = Set.of();
        public Map<String, Long> numberWords = Map.of();
        public Map<String, Long> numberScales = Map.of();
        public Set<String> classifyingAdjectives = Set.of();
    }

    /** Nouns that pass a role on to their owner. */
    public static final class RoleCues {
        public Set<String> headOffices = Set.of();
        public Set<String> meetingObjects = Set.of();
        public Set<String> groupNouns = Set.of();
        public Set<String> latestMemberWords = Set.of();
        public Set<String> foundingMemberWords = Set.of();
        public Set<String> representativeNouns = Set.of();
        public Set<String> definiteDeterminers = Set.of();
        public Set<String> indefiniteDeterminers = Set.of();
        public Set<String> institutionNouns = Set.of();
        public Set<String> pluralReferences = Set.of();
        public Set<String> helpVerbs = Set.of();
        public Set<String> placePrepositions = Set.of();
        public Set<String> peopleHeads = Set.of();
        public Set<String> gatheringHeads = Set.of();
        public Set<String> beneficiaries = Set.of();
        public Set<String> weaponNouns = Set.of();
        public Set<String> carrierNouns = Set.of();
        public Set<String> channelNouns = Set.of();
        public Set<String> targetNouns = Set.of();
        public Set<String> separately = Set.of();
        public Set<String> unitHeads = Set.of();
        public Set<String> commitmentObjects = Set.of();
        public List<String> beingInPhrases = List.of();
    }

    /** Bound form of one frame in {@code frames.yaml}. */
    public static final class FrameSpec {
        public String id;
        public String event;
        public String future;
        public String pos;
        public List<String> lemmas = List.of();
        public LinkedHashMap<String, List<String>> roles = new LinkedHashMap<>();
        public List<String> require = List.of();
        public List<String> requireAny = List.of();
        public Map<String, String> implicit = Map.of();
        public String timeRole;
        public List<String> context = List.of();
        public Map<String, List<String>> requireDependent = Map.of();
        public Map<String, List<String>> forbidDependent = Map.of();
        public List<String> forbidGovernor = List.of();
        public Map<String, Integer> minimum = Map.of();
        public boolean perItem;
        public String particle;
        public boolean requireFuture;
        public boolean clauseOnly;
        public boolean objectIsPeople;
        public boolean keepsStatement;
        public boolean futureAsserted;
        public boolean ownSide;
        public boolean firstReport;
        public SpeechSpec speech;
    }

    /** Bound form of a frame's {@code speech} block. */
    public static final class SpeechSpec {
        public List<String> content = List.of();
        public String modality;
        public String inner;
    }

    /** Bound form of {@code frames.yaml}. */
    public static final class FrameFile {
        /** The roles whose fillers are an event's actors, the main one first (see {@link EventIdentity}). */
        public List<String> actorRoles = List.of();

        /** Event types that happen once for the same participants (see {@link EventIdentity}). */
        public List<String> onceOnly = List.of();

        @JsonProperty("frames")
        public List<FrameSpec> frames = List.of();
    }

    private ClaimLexicon() {
        FrameFile file = DataFiles.yaml("lexicon/frames.yaml", FrameFile.class);
        try {
            file.actorRoles.forEach(r -> actorRoles.add(Role.parse(r)));
            file.onceOnly.forEach(k -> onceOnly.add(EventKind.valueOf(k)));
        } catch (IllegalArgumentException e) {
            throw new ClaimgraphException("lexicon/frames.yaml: " + e.getMessage(), e);
        }
        if (actorRoles.isEmpty()) {
            throw new ClaimgraphException("lexicon/frames.yaml: no actorRoles");
        }
        Set<String> ids = new HashSet<>();
        for (FrameSpec spec : file.frames) {
            Frame f = toFrame(spec);
            if (!ids.add(f.id())) {
                throw new ClaimgraphException("lexicon/frames.yaml: duplicate frame id '" + f.id() + "'");
            }
            frames.add(f);
            switch (f.pos()) {
                case verb -> byLemma(verbFrames, f);
                case noun -> byLemma(nounFrames, f);
                case adjective -> byLemma(adjectiveFrames, f);
                case place -> placeFrames.add(f); // triggered by a named place, not by a lemma
            }
        }
        cues = DataFiles.yaml("lexicon/cues.yaml", Cues.class);
        for (DataFiles.Row r : DataFiles.tsv("lexicon/items.tsv")) {
            items.put(
                    r.get("lemma").toLowerCase(Locale.ROOT),
                    new ItemNoun(
                            EntityType.parse(r.get("type")), r.get("category").equals("lethal")));
        }
    }

    private static void byLemma(Map<String, List<Frame>> index, Frame f) {
        for (String lemma : f.lemmas()) {
            index.computeIfAbsent(lemma, k -> new ArrayList<>()).add(f);
        }
    }

    /** The bundled rules. */
    public static ClaimLexicon bundled() {
        return BUNDLED;
    }

    private static Frame toFrame(FrameSpec s) {
        String where = "lexicon/frames.yaml frame '" + s.id + "'";
        try {
            if (s.id == null || s.id.isBlank()) {
                throw new IllegalArgumentException("a frame has no id");
            }
            Map<Role, List<String>> roles = new LinkedHashMap<>();
            s.roles.forEach((k, v) -> roles.put(Role.parse(k), List.copyOf(v)));
            Set<Role> require = new LinkedHashSet<>();
            s.require.forEach(r -> require.add(Role.parse(r)));
            Map<Role, Frame.Implicit> implicit = new LinkedHashMap<>();
            s.implicit.forEach((k, v) -> implicit.put(Role.parse(k), Frame.Implicit.parse(v)));
            Optional<Frame.Speech> speech = Optional.empty();
            if (s.speech != null) {
                boolean suppress = "suppress".equals(s.speech.inner);
                Optional<Modality> inner = s.speech.inner == null || s.speech.inner.equals("own") || suppress
                        ? Optional.empty()
                        : Optional.of(Modality.valueOf(s.speech.inner));
                speech = Optional.of(new Frame.Speech(
                        List.copyOf(s.speech.content), Modality.valueOf(s.speech.modality), inner, suppress));
            }
            Set<String> lemmas = new LinkedHashSet<>();
            s.lemmas.forEach(l -> lemmas.add(l.toLowerCase(Locale.ROOT)));
            return new Frame(
                    s.id,
                    EventKind.valueOf(s.event),
                    Optional.ofNullable(s.future).map(EventKind::valueOf),
                    Frame.TriggerPos.valueOf(s.pos),
                    lemmas,
                    new Frame.Roles(
                            roles,
                            require,
                            s.requireAny.stream().map(Role::parse).collect(java.util.stream.Collectors.toSet()),
                            implicit,
                            minimum(s),
                            s.perItem),
                    new Frame.Conditions(
                            Set.copyOf(s.context),
                            lemmaSets(s.requireDependent),
                            lemmaSets(s.forbidDependent),
                            Set.copyOf(s.forbidGovernor),
                            Optional.ofNullable(s.particle),
                            s.requireFuture,
                            s.clauseOnly,
                            s.objectIsPeople,
                            s.futureAsserted,
                            s.keepsStatement,
                            s.ownSide,
                            s.firstReport),
                    s.timeRole == null ? Frame.TimeRole.event : Frame.TimeRole.valueOf(s.timeRole),
                    speech);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ClaimgraphException(where + ": " + e.getMessage(), e);
        }
    }

    private static Map<Role, Integer> minimum(FrameSpec s) {
        Map<Role, Integer> out = new LinkedHashMap<>();
        s.minimum.forEach((k, v) -> out.put(Role.parse(k), v));
        return out;
    }

    private static Map<String, Set<String>> lemmaSets(Map<String, List<String>> byRelation) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        byRelation.forEach((rel, lemmas) -> {
            Set<String> lower = new HashSet<>();
            lemmas.forEach(l -> lower.add(l.toLowerCase(Locale.ROOT)));
            out.put(rel, lower);
        });
        return out;
    }

    /** Every frame, in file order. */
    public List<Frame> frames() {
        return frames;
    }

    /** The frame with this id. */
    public Frame frame(String id) {
        return frames.stream()
                .filter(f -> f.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new ClaimgraphException("lexicon/frames.yaml has no frame '" + id + "'"));
    }

    /** Every lemma that triggers a frame, verb, noun or adjective. */
    public Set<String> triggerLemmas() {
        Set<String> out = new HashSet<>(verbFrames.keySet());
        out.addAll(nounFrames.keySet());
        out.addAll(adjectiveFrames.keySet());
        return Set.copyOf(out);
    }

    /** Frames a verb lemma triggers. */
    public List<Frame> verbFrames(String lemma) {
        return verbFrames.getOrDefault(lemma, List.of());
    }

    /** Frames a predicative adjective triggers. */
    public List<Frame> adjectiveFrames(String lemma) {
        return adjectiveFrames.getOrDefault(lemma, List.of());
    }

    /** Frames a named place triggers (being there). */
    public List<Frame> placeFrames() {
        return java.util.Collections.unmodifiableList(placeFrames);
    }

    /** Frames a noun lemma triggers. */
    public List<Frame> nounFrames(String lemma) {
        return nounFrames.getOrDefault(lemma, List.of());
    }

    /** The roles whose fillers are an event's actors, the main one first. */
    public List<Role> actorRoles() {
        return List.copyOf(actorRoles);
    }

    /** Event types that happen once for the same participants. */
    public Set<EventKind> onceOnly() {
        return Set.copyOf(onceOnly);
    }

    /** The cue words. */
    public Cues cues() {
        return cues;
    }

    /**
     * The item noun with this lemma. The lemmatiser leaves some plurals as they are ("munitions",
     * "supplies" stays right), so a plural in -s that is not listed is looked up without it.
     */
    public Optional<ItemNoun> item(String lemma) {
        String l = lemma.toLowerCase(Locale.ROOT);
        ItemNoun found = items.get(l);
        if (found == null && l.length() > 4 && l.endsWith("s") && !l.endsWith("ss")) {
            found = items.get(l.substring(0, l.length() - 1));
        }
        return Optional.ofNullable(found);
    }
}
