package org.claimgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.claimgraph.analyze.AnalyzedText;
import org.claimgraph.analyze.CoreNlpAnalyzer;
import org.claimgraph.mention.Mention.MentionKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Office holders before 2020 (US cabinet and military, heads of state and government, foreign and defence
 * ministers of the large states, NATO and UN Secretaries-General): the gazetteer reads their dated terms, so that
 * the holder of an office on a day is known, and their names as news writes them. Sentences written for these
 * tests.
 */
class OfficeHoldersGazetteerTest {
    private static List<String> holdersOn(String office, String officeOf, String day) {
        LocalDate d = LocalDate.parse(day);
        return Gazetteer.bundled().positions().stream()
                .filter(p -> p.office().equals(office) && p.officeOfKey().equals(Optional.of(officeOf)) && p.heldOn(d))
                .map(Gazetteer.Position::holderKey)
                .toList();
    }

    @ParameterizedTest(name = "{0} of {1} on {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Defense Secretary         | united-states         | 2012-06-01 | leon-panetta
            Defense Secretary         | united-states         | 2014-06-01 | chuck-hagel
            Defense Secretary         | united-states         | 2016-03-01 | ashton-carter
            Defense Secretary         | united-states         | 2009-05-01 | robert-gates
            Secretary of State        | united-states         | 2011-06-01 | hillary-clinton
            Secretary of State        | united-states         | 2013-02-01 | john-kerry
            President                 | united-states         | 2009-01-20 | barack-obama
            Vice President            | united-states         | 2006-01-01 | dick-cheney
            National Security Adviser | united-states         | 2014-01-01 | susan-rice
            Ambassador                | united-states         | 2018-08-08 | nikki-haley
            Chairman                  | joint-chiefs-of-staff | 2013-01-01 | martin-dempsey
            Prime Minister            | united-kingdom        | 2008-01-01 | gordon-brown
            Foreign Secretary         | united-kingdom        | 2017-01-01 | boris-johnson
            Chancellor                | germany               | 2010-01-01 | angela-merkel
            Foreign Minister          | germany               | 2015-01-01 | frank-walter-steinmeier
            Prime Minister            | japan                 | 2015-01-01 | shinzo-abe
            Prime Minister            | turkey                | 2010-01-01 | recep-tayyip-erdogan
            Secretary-General         | nato                  | 2012-01-01 | anders-fogh-rasmussen
            Secretary-General         | united-nations        | 2010-01-01 | ban-ki-moon
            """)
    void theOneHolderOfAnOfficeOnADayIsKnown(String office, String officeOf, String day, String holder) {
        assertEquals(List.of(holder), holdersOn(office, officeOf, day));
    }

    @ParameterizedTest(name = "{0} not {1} on {2}")
    @CsvSource(delimiter = '|', textBlock = """
            leon-panetta   | Defense Secretary | 2014-06-01
            leon-panetta   | Defense Secretary | 2010-06-01
            ashton-carter  | Defense Secretary | 2013-06-01
            ashton-carter  | Defense Secretary | 2017-01-20
            nikki-haley    | Ambassador        | 2019-06-01
            shinzo-abe     | Prime Minister    | 2010-01-01
            """)
    void noOfficeIsHeldOutsideItsTerm(String holder, String office, String day) {
        LocalDate d = LocalDate.parse(day);
        List<Gazetteer.Position> terms = Gazetteer.bundled().positions().stream()
                .filter(p -> p.holderKey().equals(holder) && p.office().equals(office))
                .toList();
        assertTrue(!terms.isEmpty(), "no term of " + holder + " as " + office);
        assertTrue(terms.stream().noneMatch(p -> p.heldOn(d)), holder + " is " + office + " on " + day);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Defense Secretary Ash Carter authorized $10 million in aid.    | 2015-05-04 | Ash Carter     | ashton-carter
            Defense Secretary Chuck Hagel arrived in Tokyo on Saturday.     | 2014-04-05 | Chuck Hagel    | chuck-hagel
            Secretary Leon Panetta spoke to reporters at the Pentagon.      | 2011-10-05 | Leon Panetta   | leon-panetta
            Defense Secretary Robert Gates met his Chinese counterpart.     | 2010-10-11 | Robert Gates   | robert-gates
            """)
    void theNamesNewsWritesAreFound(String text, String published, String surface, String key) {
        AnalyzedText a = CoreNlpAnalyzer.shared().analyze(text, Optional.of(LocalDate.parse(published)));
        Mentions ms = MentionFinder.bundled().find(a);
        Mention m = ms.all().stream()
                .filter(x -> x.text().equals(surface) && x.kind() == MentionKind.NAME)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no name '" + surface + "' in "
                        + ms.all().stream()
                                .map(x -> x.text() + "->" + x.entity().key() + "/" + x.kind())
                                .toList()));
        assertEquals(key, m.entity().key());
    }
}
