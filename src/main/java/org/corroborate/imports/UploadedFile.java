package org.corroborate.imports;

/** One file as uploaded (or read by the headless import), before any check. */
public record UploadedFile(String name, byte[] content) {}
