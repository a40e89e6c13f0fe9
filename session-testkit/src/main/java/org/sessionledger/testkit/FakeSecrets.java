package org.sessionledger.testkit;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Realistic fake credentials, generated from a seed in the shapes their issuers use, each inside a line an agent
 * might write; and look-alikes that must not be taken for one. Shared by the tests that check that no raw value
 * reaches the mirrors, the index, pages or exports.
 */
public final class FakeSecrets {

    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String UPPER_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final String BASE64 = ALNUM + "+/";
    private static final String URL_SAFE = ALNUM + "-_";
    private static final String HEX = "0123456789abcdef";

    /** A fake credential: its kind, the raw value, and the line it appears in. */
    public record Fake(String kind, String value, String line) {}

    private FakeSecrets() {}

    /** At least {@code rounds} × 24 fakes, the same for the same seed. */
    public static List<Fake> generate(long seed, int rounds) {
        Random r = new Random(seed);
        List<Fake> fakes = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            String akia = "AKIA" + pick(r, UPPER_DIGITS, 16);
            fakes.add(fake("aws-access-key", akia, "Configured the CLI with `aws_access_key_id = %s`."));
            fakes.add(fake("aws-secret-key", mixed(r, BASE64, 40), "export AWS_SECRET_ACCESS_KEY=%s"));
            fakes.add(fake("github-token", "ghp_" + mixed(r, ALNUM, 36), "Pushed with token %s to the fork."));
            fakes.add(fake("github-token", "github_pat_" + mixed(r, ALNUM, 22) + "_" + mixed(r, ALNUM, 59), "PAT: %s"));
            fakes.add(fake("gitlab-token", "glpat-" + mixed(r, URL_SAFE, 20), "CI variable GL_TOKEN set to %s"));
            fakes.add(fake(
                    "slack-token",
                    "xoxb-" + digits(r, 12) + "-" + digits(r, 13) + "-" + mixed(r, ALNUM, 24),
                    "Bot token `%s` added to .env"));
            fakes.add(fake(
                    "slack-webhook",
                    "https://hooks.slack.com/services/T" + pick(r, UPPER_DIGITS, 8) + "/B" + pick(r, UPPER_DIGITS, 10)
                            + "/" + mixed(r, ALNUM, 24),
                    "Alerts go to %s now."));
            fakes.add(fake("stripe-key", "sk_live_" + mixed(r, ALNUM, 24), "STRIPE_SECRET_KEY: %s"));
            fakes.add(fake("openai-key", "sk-proj-" + mixed(r, URL_SAFE, 48), "OPENAI_API_KEY=%s (from the vault)"));
            fakes.add(fake("anthropic-key", "sk-ant-api03-" + mixed(r, URL_SAFE, 80) + "AA", "key %s"));
            fakes.add(fake("google-api-key", "AIza" + mixed(r, URL_SAFE, 35), "Maps key: %s"));
            fakes.add(fake("huggingface-token", "hf_" + mixed(r, ALNUM, 34), "HF_TOKEN=%s"));
            fakes.add(fake("npm-token", "npm_" + mixed(r, ALNUM, 36), "//registry.npmjs.org/:_authToken=%s"));
            fakes.add(fake("pypi-token", "pypi-AgEIcHlwaS5vcmc" + mixed(r, URL_SAFE, 70), "twine upload -p %s"));
            fakes.add(fake("sendgrid-key", "SG." + mixed(r, URL_SAFE, 22) + "." + mixed(r, URL_SAFE, 43), "%s"));
            fakes.add(fake("twilio-key", "SK" + pick(r, HEX, 32), "Twilio API key %s"));
            fakes.add(fake(
                    "azure-storage-key",
                    mixed(r, BASE64, 86) + "==",
                    "DefaultEndpointsProtocol=https;AccountName=ledger;AccountKey=%s;EndpointSuffix=core.windows.net"));
            fakes.add(fake("private-key", privateKey(r, "RSA"), "Deploy key:\n%s\nend of key"));
            fakes.add(fake("private-key", privateKey(r, "OPENSSH"), "%s"));
            fakes.add(fake("jwt", jwt(r), "Authorization: Bearer %s"));
            String password = mixed(r, ALNUM + "!#%&*", 18);
            fakes.add(new Fake(
                    "connection-password",
                    password.replace("#", "").replace("%", ""),
                    "DATABASE_URL=postgres://ledger:"
                            + password.replace("#", "").replace("%", "") + "@db.internal:5432/ledger"));
            fakes.add(fake("password-assignment", mixed(r, ALNUM + "!#%&*", 16), "password = \"%s\""));
            fakes.add(fake("password-assignment", mixed(r, ALNUM, 32), "API_KEY: %s"));
            fakes.add(fake("password-assignment", mixed(r, URL_SAFE, 40), "  client_secret: '%s'"));
        }
        return fakes;
    }

    /** Text that looks like credentials to a careless eye and must be left alone. */
    public static List<String> lookAlikes(long seed) {
        Random r = new Random(seed);
        return List.of(
                "sha256: " + pick(r, HEX, 64),
                "commit " + pick(r, HEX, 40) + " (merge of the fix)",
                "git rev-parse HEAD → " + pick(r, HEX, 40),
                "token: 550e8400-e29b-41d4-a716-446655440000",
                "id = \"" + java.util.UUID.nameUUIDFromBytes(new byte[] {1}) + "\"",
                "![chart](data:image/png;base64," + Base64.getEncoder().encodeToString(bytes(r, 120)) + ")",
                "password: changeme",
                "password = \"<your-password-here>\"",
                "api_key=${API_KEY}",
                "token = \"{{ secrets.GITHUB_TOKEN }}\"",
                "secret: xxxxxxxxxxxxxxxxxxxxxxxx",
                "pip install sk-learn-model-training-pipeline-2024",
                "Moved to task-management-system-v2 and disk-cleanup-script-v3.",
                "The token expired at 2025-05-01 10:00; refreshed it.",
                "postgres://localhost:5432/ledger (no password, peer auth)",
                "See https://example.com/docs/api/keys for how to create a key.",
                "AKIAbcdefghijklmnop is not a key (lower case)",
                "The password policy needs 12 characters.",
                "Use the skeleton-key pattern from the design doc.",
                "ghp_ tokens are rotated every 30 days.",
                "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----",
                "token_count: 123456789012",
                "passwordHash = $2a$10$abcdefghijklmnopqrstuu",
                "SKU-12345678901234567890123456789012 shipped");
    }

    private static Fake fake(String kind, String value, String template) {
        return new Fake(kind, value, template.formatted(value));
    }

    private static String privateKey(Random r, String type) {
        StringBuilder key = new StringBuilder("-----BEGIN " + type + " PRIVATE KEY-----\n");
        for (int line = 0; line < 6; line++) {
            key.append(mixed(r, BASE64, 64)).append('\n');
        }
        return key.append(mixed(r, BASE64, 20))
                .append("==\n-----END ")
                .append(type)
                .append(" PRIVATE KEY-----")
                .toString();
    }

    private static String jwt(Random r) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String header = url.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes());
        String payload = url.encodeToString(("{\"sub\":\"" + digits(r, 10) + "\",\"name\":\"agent\"}").getBytes());
        return header + "." + payload + "." + mixed(r, URL_SAFE, 43);
    }

    /** Random characters from {@code alphabet}, with at least one upper, one lower case letter and one digit. */
    private static String mixed(Random r, String alphabet, int length) {
        while (true) {
            String s = pick(r, alphabet, length);
            if (s.chars().anyMatch(Character::isUpperCase)
                    && s.chars().anyMatch(Character::isLowerCase)
                    && s.chars().anyMatch(Character::isDigit)) {
                return s;
            }
        }
    }

    private static String pick(Random r, String alphabet, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private static String digits(Random r, int length) {
        return pick(r, "0123456789", length);
    }

    private static byte[] bytes(Random r, int length) {
        byte[] b = new byte[length];
        r.nextBytes(b);
        return b;
    }
}
