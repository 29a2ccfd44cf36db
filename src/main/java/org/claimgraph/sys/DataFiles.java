package org.claimgraph.sys;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the data files rules and lexicons are kept in: TSV with a header row and {@code #} comments, and
 * YAML. Errors name the file and line.
 */
public final class DataFiles {
    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private DataFiles() {}

    /**
     * One row of a TSV file, by column name.
     *
     * @param line   the line number in the file, for messages
     * @param values cell values by column name, trimmed; absent columns read as empty
     */
    public record Row(long line, Map<String, String> values) {
        /** The cell of {@code column}, or an empty string. */
        public String get(String column) {
            return values.getOrDefault(column, "");
        }

        /** The cell split on {@code |}, trimmed, empty parts dropped. */
        public List<String> list(String column) {
            String cell = get(column);
            if (cell.isEmpty()) {
                return List.of();
            }
            return Arrays.stream(cell.split("\\|"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
        }
    }

    /** True when the classpath holds this resource. */
    public static boolean exists(String resource) {
        return DataFiles.class.getClassLoader().getResource(resource) != null;
    }

    /** The rows of a TSV resource; a missing resource gives no rows. */
    public static List<Row> tsv(String resource) {
        InputStream in = DataFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return List.of();
        }
        CSVFormat format = CSVFormat.TDF
                .builder()
                .setQuote(null)
                .setCommentMarker('#')
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .setAllowMissingColumnNames(true)
                .get();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser parser = format.parse(reader)) {
            List<Row> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                Map<String, String> values = new LinkedHashMap<>();
                for (String column : parser.getHeaderNames()) {
                    if (r.isMapped(column) && r.isSet(column)) {
                        values.put(column, r.get(column).strip());
                    }
                }
                rows.add(new Row(r.getRecordNumber() + 1, values));
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new ClaimgraphException("Cannot read data file " + resource + ": " + e.getMessage(), e);
        }
    }

    /** A YAML resource bound to {@code type}; a missing resource is an error. */
    public static <T> T yaml(String resource, Class<T> type) {
        try (InputStream in = DataFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ClaimgraphException("Missing data file " + resource + ": the jar is incomplete");
            }
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new ClaimgraphException("Cannot read data file " + resource + ": " + e.getMessage(), e);
        }
    }
}
