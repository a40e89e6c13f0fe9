package org.sessionledger.fs.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimestampsTest {

    @ParameterizedTest
    @CsvSource({
        "2025-07-20T10:30:00Z, 2025-07-20T10:30:00Z",
        "2025-07-20 10:30:00, 2025-07-20T10:30:00Z",
        "2025-05-13T10:54:16+07:00, 2025-05-13T03:54:16Z",
        "2025-05-03T00:25:35+1000, 2025-05-02T14:25:35Z",
        "2025-05-29, 2025-05-29T00:00:00Z",
        "2025-05-09 16:05, 2025-05-09T16:05:00Z",
        "2025-07-20T10:30:00.250, 2025-07-20T10:30:00.250Z",
        "20250720-103000, 2025-07-20T10:30:00Z",
        "2506050958, 2025-06-05T09:58:00Z",
        "'[2025-06-05 10:02:15]', 2025-06-05T10:02:15Z",
        "2025-06-05 10:02:15 UTC, 2025-06-05T10:02:15Z",
        "2025-06-05 10:02 +07, 2025-06-05T03:02:00Z",
        "2025-06-05T10:02:15-05, 2025-06-05T15:02:15Z",
        "250509175351, 2025-05-09T17:53:51Z",
        "202505091753, 2025-05-09T17:53:00Z"
    })
    void readsTheFormatsRealFilesUse(String written, String expected) {
        assertThat(Timestamps.parse(written)).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({"yesterday", "2025-13-45 99:99:99", "YYYY-MM-DD HH:MM:SS", "{{YYYYMMDD}}", "12"})
    void rejectsWhatIsNotATime(String written) {
        assertThat(Timestamps.parse(written)).isEmpty();
        assertThat(Timestamps.read(written).text()).isEqualTo(written);
    }

    @Property(tries = 5000)
    void readsCommonShapesAsTheGeneralReadingDoes(@ForAll("stamps") String written) {
        assertThat(Timestamps.parse(written)).isEqualTo(Timestamps.general(written));
    }

    @Provide
    Arbitrary<String> stamps() {
        Arbitrary<String> two =
                Arbitraries.of("00", "01", "09", "12", "13", "23", "24", "29", "30", "31", "59", "60", "99");
        Arbitrary<String> date = Combinators.combine(Arbitraries.of("2025", "2024", "0000", "1999", "20x5"), two, two)
                .as((y, m, d) -> y + "-" + m + "-" + d);
        Arbitrary<String> time = Combinators.combine(
                        Arbitraries.of("T", " ", "_", "", "t"), two, two, Arbitraries.of("", ":00", ":59", ":60", ":5"))
                .as((t, h, m, s) -> t + h + ":" + m + s);
        Arbitrary<String> zone = Arbitraries.of(
                "", "Z", "+07:00", "-05:30", "+18:00", "+19:00", "+05:75", "-00:00", "+1000", " UTC", " Z", ".250",
                "]");
        return Combinators.combine(
                        Arbitraries.of("", "[", "`", " "),
                        date,
                        time.injectNull(0.2),
                        zone,
                        Arbitraries.of("", "'", " "))
                .as((open, d, t, z, close) -> open + d + (t == null ? "" : t) + z + close);
    }
}
