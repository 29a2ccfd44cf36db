package org.claimgraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Properties;
import java.util.Set;
import org.claimgraph.sys.Logs;

/**
 * The users allowed to write when the server runs with updates on: a file in the format of Jetty's
 * {@code PropertyUserStore}, which Fuseki reads, one user a line:
 *
 * <pre>
 * # NAME: PASSWORD
 * editor: correct-horse-battery-staple
 * robot: MD5:5f4dcc3b5aa765d61d8327deb882cf99
 * </pre>
 *
 * A password is plain text, or {@code MD5:}, {@code CRYPT:} or {@code OBF:} followed by Jetty's encoded form.
 * Lines starting with {@code #} are comments; a name or password cannot hold {@code :}, {@code =} or
 * {@code ,} (what follows a comma is a list of roles, which claimgraph does not use); the file is read as
 * ISO-8859-1, as Java properties are. The server re-reads the file every few seconds, so users can be
 * added or removed while it runs.
 */
public final class Credentials {
    private Credentials() {}

    /**
     * Checks the file before the server starts, so that a missing file or one without users is one clear
     * line ({@link CredentialsException}) and not a server that refuses everyone.
     *
     * @return the number of users
     */
    public static int check(Path file) {
        String source = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new CredentialsException(
                    source, Files.exists(file) ? "credentials: not a regular file" : "credentials: no such file");
        }
        Properties users = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            users.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new CredentialsException(source, "credentials: cannot read: " + e.getMessage());
        }
        if (users.isEmpty()) {
            throw new CredentialsException(source, "credentials: no users (expected lines 'NAME: PASSWORD')");
        }
        for (String name : users.stringPropertyNames()) {
            String password = users.getProperty(name).split(",", 2)[0].strip();
            if (name.isBlank() || password.isEmpty()) {
                throw new CredentialsException(
                        source,
                        "credentials: user '" + name + "' has no password (expected lines " + "'NAME: PASSWORD')");
            }
        }
        return users.size();
    }

    /**
     * A user name and the password a client sends for it.
     *
     * @param user     the user
     * @param password the password in clear
     */
    public record Login(String user, String password) {
        @Override
        public String toString() {
            return "Login[" + user + "]"; // Never the password, should a login end up in a log.
        }
    }

    /**
     * The login of {@code user} (empty: the file's only user) from a credentials file, for a client such as
     * {@code build --server}. A password must be in clear or Jetty's reversible {@code OBF:} form: the
     * {@code MD5:} and {@code CRYPT:} forms cannot be sent, and are refused with a line saying so.
     */
    public static Login login(Path file, java.util.Optional<String> user) {
        check(file);
        Properties users = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            users.load(in);
        } catch (IOException e) {
            throw new CredentialsException(file.toString(), "credentials: cannot read: " + e.getMessage());
        }
        String name;
        if (user.isPresent()) {
            name = user.get();
            if (!users.containsKey(name)) {
                throw new CredentialsException(file.toString(), "credentials: no user '" + name + "'");
            }
        } else if (users.size() == 1) {
            name = users.stringPropertyNames().iterator().next();
        } else {
            throw new CredentialsException(
                    file.toString(), "credentials: " + users.size() + " users; say which with --user NAME");
        }
        String password = users.getProperty(name).split(",", 2)[0].strip();
        if (password.startsWith("OBF:")) {
            password = org.eclipse.jetty.util.security.Password.deobfuscate(password);
        } else if (password.startsWith("MD5:") || password.startsWith("CRYPT:")) {
            throw new CredentialsException(
                    file.toString(),
                    "credentials: the password of '" + name + "' is stored as a hash, which cannot be sent; give a "
                            + "file with it in clear (or OBF:), or --user " + name
                            + " with the password in $CLAIMGRAPH_PASSWORD");
        }
        return new Login(name, password);
    }

    /** Logs a warning when users other than the owner may read the file (on POSIX file systems). */
    static void warnIfShared(Path file) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ)) {
                Logs.SERVE.warn("{}: other users can read these credentials; chmod 600 it", file);
            }
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system: nothing to check.
        }
    }
}
