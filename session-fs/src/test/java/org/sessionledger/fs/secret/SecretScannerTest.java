package org.sessionledger.fs.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sessionledger.testkit.FakeSecrets;
import org.sessionledger.testkit.FakeSecrets.Fake;

class SecretScannerTest {

    private static final List<Fake> FAKES = FakeSecrets.generate(20261204L, 3);

    @Test
    void everyFakeCredentialIsFoundWithItsKindAndMasked() {
        assertThat(FAKES).hasSizeGreaterThanOrEqualTo(40);
        for (Fake fake : FAKES) {
            SecretScanner.Masked masked = SecretScanner.mask(fake.line());
            assertThat(masked.findings())
                    .as("%s in '%s'", fake.kind(), fake.line())
                    .singleElement()
                    .satisfies(f -> assertThat(f.kind()).isEqualTo(fake.kind()));
            assertThat(masked.text())
                    .as(fake.line())
                    .doesNotContain(fake.value())
                    .contains("[secret:" + fake.kind() + " …" + lastFour(fake) + "]");
        }
    }

    @Test
    void lookAlikesAreLeftAlone() {
        for (String text : FakeSecrets.lookAlikes(7)) {
            assertThat(SecretScanner.find(text)).as(text).isEmpty();
            assertThat(SecretScanner.mask(text).text()).isEqualTo(text);
        }
    }

    @Test
    void severalSecretsInOneTextAreAllMaskedAndTheRestKept() {
        String text = FAKES.get(0).line() + "\nplain words stay\n"
                + FAKES.get(2).line() + "\n" + FAKES.get(7).line();
        SecretScanner.Masked masked = SecretScanner.mask(text);
        assertThat(masked.findings()).hasSize(3);
        assertThat(masked.text()).contains("plain words stay");
        for (int i : new int[] {0, 2, 7}) {
            assertThat(masked.text()).doesNotContain(FAKES.get(i).value());
        }
    }

    @Test
    void maskingTwiceChangesNothing() {
        for (Fake fake : FAKES) {
            String once = SecretScanner.mask(fake.line()).text();
            assertThat(SecretScanner.mask(once).text()).isEqualTo(once);
        }
    }

    private static String lastFour(Fake fake) {
        String value = fake.value();
        int end = value.lastIndexOf("-----END");
        String body = (end > 0 ? value.substring(0, end) : value).strip();
        return body.substring(body.length() - 4);
    }
}
