package io.github.ppm.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ppm.core.RepoFiles;
import io.github.ppm.core.walk.ModelWalker;
import io.github.ppm.model.Policy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Placing by replaying the recorded tokens agrees with placing by parsing the text again. */
class SourceMapTest {
    @ParameterizedTest
    @ValueSource(strings = {"examples/jinshang-consumer-finance/policy.yaml",
        "core/src/test/resources/fixtures/roundtrip/hostile-values.yaml"})
    void replayedAndReparsedLocationsAgreeForEveryNode(String relative) throws IOException {
        Path file = RepoFiles.root().resolve(relative);
        byte[] content = Files.readAllBytes(file);
        Parsed<Policy> parsed = PolicyIO.read(file);
        SourceMap replayed = parsed.sourceMap();
        SourceMap reparsed = SourceMap.ofText(file.toString(), content, Format.YAML);
        List<String> pointers = new ArrayList<>();
        ModelWalker.walk(parsed.orThrow(), (pointer, value) -> pointers.add(pointer));
        pointers.add("/no/such/field");
        assertTrue(pointers.size() > 100, "walked " + pointers.size());
        for (String pointer : pointers) {
            assertEquals(reparsed.locate(pointer), replayed.locate(pointer), pointer);
        }
        assertEquals(reparsed.keysOf("/controller"), replayed.keysOf("/controller"));
    }
}
