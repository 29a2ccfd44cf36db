package org.claimgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README documents the claims table's schema as it is: the same columns, types and nullability, in order. */
class SparkClaimsSchemaReadmeTest {
    /** A row of the README's table: {@code | `name` | type | yes/no | meaning |}. */
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z_]+)` \\| ([^|]+) \\| (yes|no) \\|");

    @Test
    void theReadmeTableIsTheSchema() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("### The claims table");
        String section = readme.substring(start, readme.indexOf("\n### ", start + 1));
        List<String> documented = section.lines()
                .map(ROW::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1) + " " + m.group(2).strip().replace("`", "") + " "
                        + (m.group(3).equals("yes") ? "null" : "not null"))
                .toList();
        List<String> actual = Stream.of(ClaimsTable.SCHEMA.fields())
                .map(f -> f.name() + " " + f.dataType().simpleString() + " " + (f.nullable() ? "null" : "not null"))
                .toList();
        assertEquals(String.join("\n", actual), String.join("\n", documented));
    }
}
