package org.claimgraph.evaluate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimgraph.analyze.AnalyzedText;
import org.claimgraph.analyze.Sentence;
import org.claimgraph.extract.Claim;
import org.claimgraph.extract.Event;
import org.claimgraph.extract.EventKind;
import org.claimgraph.extract.Extraction;
import org.claimgraph.extract.Modality;
import org.claimgraph.extract.Role;
import org.claimgraph.extract.TimePoint;
import org.claimgraph.extract.TimeSpec;
import org.claimgraph.ingest.Article;
import org.claimgraph.mention.Entity;
import org.claimgraph.mention.EntityType;

/**
 * A made-up three-sentence article with hand-made extractions, so that the matcher can be tested without
 * the pipeline.
 */
final class Fixture {
    static final List<String> SENTENCES = List.of(
            "Ruritanian President Anna K. Varga visited Strelsau on Monday.",
            "Freedonia pledged 40 armored vehicles to Ruritania, Varga said.",
            "Bordurian troops attacked the border town of Kelm.");
    static final String TEXT = String.join(" ", SENTENCES);
    static final Article ARTICLE = Article.of("fixture", TEXT, LocalDate.of(2024, 3, 5));

    static final Entity VARGA = Entity.local(EntityType.PERSON, "Anna Varga");
    static final Entity STRELSAU = Entity.local(EntityType.CITY, "Strelsau");
    static final Entity FREEDONIA = Entity.local(EntityType.COUNTRY, "Freedonia");
    static final Entity RURITANIA = Entity.local(EntityType.COUNTRY, "Ruritania");
    static final Entity BORDURIA = Entity.local(EntityType.COUNTRY, "Borduria");
    static final Entity KELM = Entity.local(EntityType.CITY, "Kelm");
    static final Entity VEHICLE = Entity.local(EntityType.EQUIPMENT, "armored vehicle");

    private Fixture() {}

    /** The sentences of {@link #TEXT}. */
    static List<Sentence> sentences() {
        List<Sentence> out = new ArrayList<>();
        int begin = 0;
        for (String s : SENTENCES) {
            out.add(new Sentence(out.size(), begin, begin + s.length(), List.of(), List.of(), List.of(), List.of()));
            begin += s.length() + 1;
        }
        return out;
    }

    static Extraction extraction(Claim... claims) {
        AnalyzedText analysed = new AnalyzedText(TEXT, ARTICLE.published(), sentences());
        return new Extraction(ARTICLE, analysed, Map.of(), List.of(), List.of(claims), List.of());
    }

    static Event event(EventKind kind, Object... roleEntityPairs) {
        Event e = new Event(kind);
        for (int i = 0; i < roleEntityPairs.length; i += 2) {
            if (!e.add((Role) roleEntityPairs[i], (Entity) roleEntityPairs[i + 1])) {
                throw new IllegalArgumentException("Role refuses filler: " + roleEntityPairs[i]);
            }
        }
        return e;
    }

    /** A claim whose evidence is the whole sentence {@code sentence}. */
    static Claim claim(Event e, int sentence, Modality modality, List<Entity> by, TimeSpec time) {
        Sentence s = sentences().get(sentence);
        e.time(time);
        return new Claim(e, modality, by, sentence, s.begin(), s.end(), "test", time);
    }

    static Claim claim(Event e, int sentence) {
        return claim(e, sentence, Modality.Asserted, List.of(), TimeSpec.NONE);
    }

    static TimeSpec day(String iso) {
        return TimeSpec.on(TimePoint.day(LocalDate.parse(iso)), iso);
    }

    /** The visit of sentence 0: Varga to Strelsau on 2024-03-04. */
    static Claim visit() {
        return claim(
                event(EventKind.Visit, Role.visitor, VARGA, Role.destination, STRELSAU),
                0,
                Modality.Asserted,
                List.of(),
                day("2024-03-04"));
    }

    /** The pledge of sentence 1: Freedonia gives Ruritania 40 armored vehicles, says Varga. */
    static Claim pledge() {
        Event e = event(EventKind.Pledge, Role.donor, FREEDONIA, Role.recipient, RURITANIA, Role.item, VEHICLE);
        e.quantity(40, org.claimgraph.extract.QuantityQualifier.Exactly);
        e.itemDescription("armored vehicles");
        return claim(e, 1, Modality.Asserted, List.of(VARGA), TimeSpec.NONE);
    }

    /** Varga's statement of sentence 1. */
    static Claim statement(EventKind kind) {
        Event e = event(kind, Role.speaker, VARGA);
        e.content("Freedonia pledged 40 armored vehicles to Ruritania");
        return claim(e, 1);
    }

    /** The attack of sentence 2, as the given kind. */
    static Claim attack(EventKind kind) {
        return claim(event(kind, Role.agent, BORDURIA, Role.target, KELM), 2);
    }

    /** A gold case over the fixture article. */
    static GoldCase gold(String yaml) {
        return GoldReader.parse("gold.yaml", yaml, ARTICLE);
    }

    /** Scores an extraction with names compared by label only. */
    static ArticleResult score(String yaml, Claim... claims) {
        return Evaluator.score(gold(yaml), extraction(claims), NameMatcher.labelsOnly());
    }

    static Optional<ArticleResult.Match> onlyMatch(ArticleResult r) {
        return r.matches().size() == 1 ? Optional.of(r.matches().get(0)) : Optional.empty();
    }
}
