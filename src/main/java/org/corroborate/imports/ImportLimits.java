package org.corroborate.imports;

/**
 * What one import may bring in. Zip contents count uncompressed, so an archive cannot smuggle more in.
 *
 * @param maxFileBytes largest single article file, also for a zip entry once inflated
 * @param maxUploadBytes largest upload in all, zip entries counted inflated
 * @param maxZipEntries most entries one archive may have
 * @param maxCompressionRatio largest inflated/compressed ratio of an entry (zip-bomb guard)
 */
public record ImportLimits(long maxFileBytes, long maxUploadBytes, int maxZipEntries, int maxCompressionRatio) {

    public static ImportLimits defaults() {
        return new ImportLimits(5L * 1024 * 1024, 50L * 1024 * 1024, 2_000, 100);
    }
}
