package org.claimgraph.cli;

import java.io.PrintWriter;
import org.claimgraph.evaluate.GoldException;
import org.claimgraph.ingest.InputException;
import org.claimgraph.link.EndpointException;
import org.claimgraph.pipeline.CacheException;
import org.claimgraph.query.QueryException;
import org.claimgraph.serve.CredentialsException;
import org.claimgraph.serve.ServeException;
import org.claimgraph.store.StoreException;
import org.claimgraph.sys.ClaimgraphException;
import org.claimgraph.validate.ValidationFailedException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParseResult;

/**
 * Maps exceptions to exit codes in one place and prints them as one clear line on standard error (the
 * SHACL report adds one line per violation); the stack trace only with {@code -v}.
 */
/*package*/ final class ExceptionHandler implements IExecutionExceptionHandler, IExitCodeExceptionMapper {
    @Override
    public int getExitCode(Throwable t) {
        if (t instanceof CommandLine.ParameterException) {
            return ExitCodes.USAGE;
        }
        if (t instanceof InputException
                || t instanceof QueryException
                || t instanceof GoldException
                || t instanceof CredentialsException) {
            return ExitCodes.BAD_INPUT;
        }
        if (t instanceof ValidationFailedException) {
            return ExitCodes.INVALID;
        }
        if (t instanceof StoreException
                || t instanceof ServeException
                || t instanceof EndpointException
                || t instanceof CacheException) {
            return ExitCodes.STORE;
        }
        return ExitCodes.SOFTWARE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        boolean verbose = VerbosityMixin.isVerbose(parsed);
        int code = getExitCode(ex);
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        if (code == ExitCodes.SOFTWARE && !(ex instanceof ClaimgraphException)) {
            message = "internal error: " + ex + (verbose ? "" : " (run with -v for details)");
        }
        err.println("claimgraph: " + message);
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }
}
