package org.claimgraph.mention;

import java.util.Optional;

/**
 * An office the text gives someone: "German Chancellor Olaf Scholz", "John Kirby, White House
 * spokesperson", or a role description resolved through the gazetteer ("the former Dutch prime minister").
 *
 * @param holder   the person's mention
 * @param office   the office's words as the text gives them, spelt as {@code lexicon/offices.tsv} spells the
 *                 form ("Secretary-General", "spokesman", "chief spokesperson", "Army Commander")
 * @param officeOf the organization or country, when the text names it
 * @param former   true for "former", "ex-"
 * @param sentence the sentence
 * @param begin    first character of the whole phrase (title and name)
 * @param end      end character of the whole phrase
 * @param position the office as offices are compared ("Foreign Minister" for "Foreign Secretary",
 *                 "spokesperson" for "spokesman"): the {@code office} column of {@code lexicon/offices.tsv}
 */
public record Title(
        Mention holder,
        String office,
        Optional<Entity> officeOf,
        boolean former,
        int sentence,
        int begin,
        int end,
        String position) {}
