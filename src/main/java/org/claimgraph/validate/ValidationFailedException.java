package org.claimgraph.validate;

import org.apache.jena.shacl.ValidationReport;
import org.claimgraph.sys.ClaimgraphException;

/** Data that does not conform to the SHACL shapes; carries the report so that callers can print it. */
public class ValidationFailedException extends ClaimgraphException {
    private final transient ValidationReport report;

    public ValidationFailedException(String source, ValidationReport report) {
        super(source + ": " + report.getEntries().size() + " SHACL violation(s); nothing was stored\n"
                + ShaclValidation.describe(report));
        this.report = report;
    }

    /** The SHACL validation report. */
    public ValidationReport report() {
        return report;
    }
}
