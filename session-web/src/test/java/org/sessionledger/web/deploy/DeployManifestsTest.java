package org.sessionledger.web.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The deployment files parse and say what the app relies on (no Docker or cluster here to run them). */
class DeployManifestsTest {

    private static final Path DEPLOY = Path.of("../deploy");

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsTheAppAgainstAHealthyPostgres() throws IOException {
        Map<String, Object> compose =
                load(DEPLOY.resolve("compose/compose.yml")).get(0);
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        assertThat(services).containsKeys("app", "postgres");
        Map<String, Object> postgres = (Map<String, Object>) services.get("postgres");
        assertThat(postgres.get("image")).asString().startsWith("postgres:17");
        assertThat(postgres).containsKey("healthcheck");
        Map<String, Object> app = (Map<String, Object>) services.get("app");
        assertThat(((Map<String, Object>) app.get("depends_on")).get("postgres"))
                .asString()
                .contains("service_healthy");
        assertThat((Map<String, Object>) app.get("environment"))
                .containsKeys("QUARKUS_DATASOURCE_JDBC_URL", "SESSIONS_FS_ROOT", "SESSIONS_APP_DATA_DIR");
        assertThat(app.get("healthcheck").toString()).contains("/q/health/ready");
        assertThat(app.get("volumes").toString()).contains("target=/workspace").contains("lucene:/data");
        assertThat((Map<String, Object>) compose.get("volumes")).containsKeys("pgdata", "lucene");
        Path dockerfile = Path.of("src/main/docker/Dockerfile.jvm");
        assertThat(Files.readString(dockerfile)).contains("USER 185").contains("VOLUME [\"/workspace\", \"/data\"]");
    }

    @Test
    @SuppressWarnings("unchecked")
    void kubernetesManifestsProbeHealthAndMountTheWorkspace() throws IOException {
        List<Map<String, Object>> docs = load(DEPLOY.resolve("k8s/session-ledger.yaml"));
        assertThat(docs)
                .extracting(d -> d.get("kind"))
                .contains("ConfigMap", "Secret", "PersistentVolumeClaim", "Deployment", "Service");
        Map<String, Object> app = docs.stream()
                .filter(d -> "Deployment".equals(d.get("kind")))
                .filter(d -> "session-ledger".equals(((Map<String, Object>) d.get("metadata")).get("name")))
                .findFirst()
                .orElseThrow();
        Map<String, Object> pod = (Map<String, Object>)
                ((Map<String, Object>) ((Map<String, Object>) app.get("spec")).get("template")).get("spec");
        assertThat(((Map<String, Object>) pod.get("securityContext")).get("runAsNonRoot"))
                .isEqualTo(true);
        Map<String, Object> container = ((List<Map<String, Object>>) pod.get("containers")).get(0);
        assertThat(container.get("readinessProbe").toString()).contains("/q/health/ready");
        assertThat(container.get("livenessProbe").toString()).contains("/q/health/live");
        assertThat(container.get("volumeMounts").toString())
                .contains("/workspace")
                .contains("/data");
        assertThat(container.get("envFrom").toString())
                .contains("session-ledger-config")
                .contains("session-ledger-db");
    }

    private static List<Map<String, Object>> load(Path file) throws IOException {
        List<Map<String, Object>> docs = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            for (Object doc : new Yaml().loadAll(reader)) {
                if (doc != null) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> map = (Map<String, Object>) doc;
                    docs.add(map);
                }
            }
        }
        return docs;
    }
}
