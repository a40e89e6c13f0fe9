package org.sessionledger.fs.secret;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The credential formats the scanner knows, written for this project from the formats the issuers document. A rule
 * runs only on text holding one of its triggers (literal strings every match contains), so most text costs a few
 * fast substring searches.
 */
final class SecretRules {

    private SecretRules() {}

    /**
     * One format.
     *
     * @param kind the name shown in the masked form ({@code [secret:kind …last4]})
     * @param pattern what a finding looks like; group {@code valueGroup} is the secret itself
     * @param valueGroup the group masked (0: the whole match)
     * @param triggers literal strings of which every match holds one (matched case-sensitively)
     * @param check what the value must look like besides matching
     */
    record Rule(String kind, Pattern pattern, int valueGroup, List<String> triggers, Check check) {
        Rule {
            triggers = List.copyOf(triggers);
        }
    }

    /** What a matched value must look like to count. */
    enum Check {
        /** The pattern says enough. */
        NONE,
        /** Random-looking: not hexadecimal only, not a placeholder, two kinds of characters, a digit, high entropy. */
        RANDOM,
        /** As random, with upper and lower case letters and digits (keys of a shape common words can take). */
        MIXED
    }

    private static final String KEYWORDS = "password|passwd|passphrase|pwd|secret|secret[_-]?key|client[_-]?secret"
            + "|token|auth[_-]?token|access[_-]?token|refresh[_-]?token|api[_-]?key|apikey|access[_-]?key"
            + "|private[_-]?key";

    static final List<Rule> ALL = List.of(
            rule("aws-access-key", "\\b((?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16})\\b", 1, "AKIA", "ASIA", "ABIA", "ACCA"),
            new Rule(
                    "aws-secret-key",
                    Pattern.compile("(?i)aws[a-z_\\-]{0,20}secret[a-z_\\-]{0,20}[\"']?\\s*[:=]\\s*[\"']?"
                            + "([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])"),
                    1,
                    List.of("secret", "SECRET", "Secret"),
                    Check.RANDOM),
            rule("github-token", "\\b(gh[pousr]_[A-Za-z0-9]{36,255})\\b", 1, "ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
            rule("github-token", "\\b(github_pat_[A-Za-z0-9_]{50,255})\\b", 1, "github_pat_"),
            rule("gitlab-token", "\\b(glpat-[A-Za-z0-9_\\-]{20,})", 1, "glpat-"),
            rule(
                    "slack-token",
                    "\\b(xox[abposr]-[A-Za-z0-9\\-]{10,})",
                    1,
                    "xoxa-",
                    "xoxb-",
                    "xoxp-",
                    "xoxo-",
                    "xoxs-",
                    "xoxr-"),
            rule("slack-webhook", "(https://hooks\\.slack\\.com/services/[A-Za-z0-9/_\\-]{20,})", 1, "hooks.slack.com"),
            rule("stripe-key", "\\b((?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,})", 1, "_live_", "_test_"),
            mixed("anthropic-key", "\\b(sk-ant-[A-Za-z0-9_\\-]{32,})", "sk-ant-"),
            mixed("openai-key", "\\b(sk-(?!ant-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\\-]{32,})", "sk-"),
            mixed("google-api-key", "\\b(AIza[0-9A-Za-z_\\-]{35})", "AIza"),
            rule("huggingface-token", "\\b(hf_[A-Za-z0-9]{30,})\\b", 1, "hf_"),
            rule("npm-token", "\\b(npm_[A-Za-z0-9]{36})\\b", 1, "npm_"),
            rule("pypi-token", "\\b(pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_\\-]{50,})", 1, "pypi-AgEI"),
            rule("sendgrid-key", "\\b(SG\\.[A-Za-z0-9_\\-]{22}\\.[A-Za-z0-9_\\-]{43})", 1, "SG."),
            rule("twilio-key", "\\b(SK[0-9a-f]{32})\\b", 1, "SK"),
            rule("azure-storage-key", "AccountKey=([A-Za-z0-9+/]{86}==)", 1, "AccountKey="),
            rule(
                    "private-key",
                    "(-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\\s\\S]{16,}?-----END (?:[A-Z0-9]+ )*"
                            + "PRIVATE KEY(?: BLOCK)?-----)",
                    1,
                    "PRIVATE KEY"),
            rule("jwt", "\\b(eyJ[A-Za-z0-9_\\-]{10,}\\.eyJ[A-Za-z0-9_\\-]{10,}\\.[A-Za-z0-9_\\-]{10,})", 1, "eyJ"),
            new Rule(
                    "connection-password",
                    Pattern.compile("\\b[a-z][a-z0-9+.\\-]{1,20}://[^\\s:/@\"'<>]{1,64}:([^\\s:/@\"'<>]{3,128})@"
                            + "[A-Za-z0-9.\\-\\[\\]]"),
                    1,
                    List.of("://"),
                    Check.NONE),
            new Rule(
                    "password-assignment",
                    Pattern.compile("(?i)\\b(?:" + KEYWORDS + ")\\b[\"']?\\s*(?::=|=>|[:=])\\s*[\"'`]?"
                            + "([^\\s\"'`,;<>]{12,200})"),
                    1,
                    List.of(
                            "password",
                            "Password",
                            "PASSWORD",
                            "passwd",
                            "PASSWD",
                            "passphrase",
                            "pwd",
                            "PWD",
                            "secret",
                            "Secret",
                            "SECRET",
                            "token",
                            "Token",
                            "TOKEN",
                            "api_key",
                            "apikey",
                            "api-key",
                            "apiKey",
                            "ApiKey",
                            "API_KEY",
                            "APIKEY",
                            "access_key",
                            "accessKey",
                            "ACCESS_KEY",
                            "private_key",
                            "PRIVATE_KEY",
                            "privateKey"),
                    Check.RANDOM));

    private static Rule rule(String kind, String regex, int group, String... triggers) {
        return new Rule(kind, Pattern.compile(regex), group, List.of(triggers), Check.NONE);
    }

    private static Rule mixed(String kind, String regex, String... triggers) {
        return new Rule(kind, Pattern.compile(regex), 1, List.of(triggers), Check.MIXED);
    }
}
