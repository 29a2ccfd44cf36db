package org.claimgraph.sys;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VersionTest {
    @Test
    void theBuildIsStampedSoThatCachesTellBuildsApart() {
        assertTrue(Version.get().matches("\\d+\\.\\d+\\.\\d+.*"), Version.get());
        assertTrue(
                Version.build().matches("\\d{8}T\\d{6}\\.\\d{3}Z"),
                "a build time, not a placeholder: " + Version.build());
    }
}
