package org.sessionledger.web.pack;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jboss.logging.Logger;
import org.sessionledger.web.config.AppConfig;

/** The server's pack signing key, read or made at start-up in {@code <data-dir>/keys}. */
@ApplicationScoped
@Startup
public class PackKeys {

    private static final Logger LOG = Logger.getLogger(PackKeys.class);

    private final SigningKey key;

    PackKeys(AppConfig app) {
        try {
            this.key = SigningKey.loadOrCreate(app.dataDir().resolve("keys"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.infof("Audit packs are signed with the Ed25519 key %s (public key at /api/keys)", key.fingerprint());
    }

    public SigningKey key() {
        return key;
    }
}
