package org.corroborate.suggestion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * OpenNLP's English sentence and token models, loaded once from the model jars on the classpath. Both model
 * jars put a {@code model.properties} at their root, so the models are found by their file names.
 */
final class EnglishModels {

    static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.0-1.9.3.bin";
    static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.1-2.4.0.bin";

    private static final class Holder {
        static final ThreadSafeSentenceDetectorME SENTENCES =
                new ThreadSafeSentenceDetectorME(EnglishModels.<SentenceModel>load(SENTENCE_MODEL, SentenceModel::new));
        static final ThreadSafeTokenizerME TOKENS =
                new ThreadSafeTokenizerME(EnglishModels.<TokenizerModel>load(TOKEN_MODEL, TokenizerModel::new));
    }

    private EnglishModels() {}

    static ThreadSafeSentenceDetectorME sentences() {
        return Holder.SENTENCES;
    }

    static ThreadSafeTokenizerME tokens() {
        return Holder.TOKENS;
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = EnglishModels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }
}
