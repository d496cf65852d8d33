package org.kpcs.gateway.index;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.kpcs.gateway.client.InputException;
import org.kpcs.protos.ErrorCode;

/**
 * Where the login to an index's database server comes from, so that no password is on a command line or in a
 * URL that is logged: a properties file ({@code user=}, {@code password=}), else the environment's
 * {@value #USER_VARIABLE} and {@value #PASSWORD_VARIABLE}. {@code kpcs} and the load generator read it alike.
 */
public final class IndexLogins {
    public static final String USER_VARIABLE = "KPCS_INDEX_USER";
    public static final String PASSWORD_VARIABLE = "KPCS_INDEX_PASSWORD";

    private IndexLogins() {}

    /**
     * The login from {@code credentials} when given (null: none), else from {@code environment}; {@link
     * LedgerIndex.Login#NONE} when neither has a user.
     */
    public static LedgerIndex.Login of(final Path credentials, final Map<String, String> environment) {
        if (credentials != null) {
            final Properties file = new Properties();
            try (Reader in = Files.newBufferedReader(credentials, StandardCharsets.UTF_8)) {
                file.load(in);
            } catch (IOException e) {
                throw new InputException(
                        ErrorCode.INVALID_ARGUMENT,
                        "could not read the index's credentials file " + credentials + ": " + e.getMessage(),
                        e);
            }
            final String user = file.getProperty("user");
            if (user == null || user.isBlank()) {
                throw new InputException(
                        ErrorCode.INVALID_ARGUMENT,
                        "the index's credentials file " + credentials + " has no user=...: write user=NAME and"
                                + " password=SECRET, one a line",
                        null);
            }
            return new LedgerIndex.Login(user.strip(), file.getProperty("password"));
        }
        final String user = environment.get(USER_VARIABLE);
        return user == null || user.isBlank()
                ? LedgerIndex.Login.NONE
                : new LedgerIndex.Login(user, environment.get(PASSWORD_VARIABLE));
    }
}
