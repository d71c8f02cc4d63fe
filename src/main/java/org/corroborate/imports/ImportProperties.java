package org.corroborate.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Limits on what one import may bring in: {@code corroborate.import.*} in application.properties. */
@ConfigurationProperties("corroborate.import")
public record ImportProperties(long maxFileBytes, long maxUploadBytes, int maxZipEntries, int maxCompressionRatio) {

    public ImportLimits limits() {
        return new ImportLimits(maxFileBytes, maxUploadBytes, maxZipEntries, maxCompressionRatio);
    }
}
