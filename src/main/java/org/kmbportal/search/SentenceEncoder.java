package org.kmbportal.search;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.kmbportal.platform.PortalSettings;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Turns a text into a sentence embedding: a vector whose closeness to another says how near two texts are in meaning,
 * whatever their words (all-MiniLM-L6-v2, quantized, run in the JVM with ONNX Runtime; the model ships in its jar).
 * Search ranks by it beside the words ({@link HybridRanking}). The model loads once, at start-up before the index
 * opens ({@link IndexFollower}); when it cannot load (no native library for this machine) or is switched off
 * ({@code -Dkmb.semantic=false}), every call answers null and search and matching rank by words alone, as before.
 */
final class SentenceEncoder {

    static final int DIMENSIONS = 384;

    /**
     * Names the model and the text it reads of an item ({@link DocumentMapper#meaningText}, cut at
     * {@link #MAX_CHARACTERS}): stored vectors are reused only under the same id, so a change of either starts afresh.
     */
    static final String MODEL_ID = "all-MiniLM-L6-v2-q/title+notes/1500";

    /** A text is cut here: the model reads its first 256 word pieces, and the rest would only cost time. */
    private static final int MAX_CHARACTERS = 1_500;

    private static final Logger LOG = Logger.getLogger(SentenceEncoder.class.getName());

    private SentenceEncoder() {
    }

    /** Loaded on first use, once per class loader (the JVM guarantees a holder class initializes once). */
    private static final class Holder {
        static final EmbeddingModel MODEL = load();

        private static EmbeddingModel load() {
            if (!enabled()) {
                LOG.info("Semantic search is switched off (kmb.semantic=false): ranking by words only");
                return null;
            }
            long start = System.nanoTime();
            try {
                // Same-thread executor: a single text needs no pool, and a container dislikes unmanaged threads.
                EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
                model.embed("warm up");
                LOG.info(() -> String.format("Sentence-embedding model loaded in %d ms",
                        (System.nanoTime() - start) / 1_000_000));
                return model;
            } catch (RuntimeException | LinkageError e) {
                LOG.log(Level.WARNING, "The sentence-embedding model could not load; search ranks by words only", e);
                return null;
            }
        }
    }

    static boolean enabled() {
        return PortalSettings.current().semanticSearch();
    }

    /** Whether vectors can be made (loads the model on the first call). */
    static boolean available() {
        return Holder.MODEL != null;
    }

    /**
     * The text's embedding, of unit length, or null when the model is not available or the text has no letter or
     * digit (nothing to mean: "\u200B", "🙂 «»"; the model refuses some such text that Java does not call blank).
     */
    static float[] embed(String text) {
        EmbeddingModel model = Holder.MODEL;
        if (model == null || text == null || text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return null;
        }
        // The model reads the typographic apostrophe as another sign than the keyboard's: "l’organisme" typed
        // either way (and French text written with either) must mean the same.
        String plain = text.replace('’', '\'');
        String cut = plain.length() > MAX_CHARACTERS ? plain.substring(0, MAX_CHARACTERS) : plain;
        if (Character.isHighSurrogate(cut.charAt(cut.length() - 1))) {
            cut = cut.substring(0, cut.length() - 1);
        }
        try {
            return model.embed(cut).content().vector();
        } catch (IllegalArgumentException refused) {
            // text the model's tokenizer reduces to nothing: ranked by its words alone
            return null;
        }
    }
}
