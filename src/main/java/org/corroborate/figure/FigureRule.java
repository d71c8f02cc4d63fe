package org.corroborate.figure;

import java.util.Optional;

/** One kind of wording; empty when the phrase is not of that kind, so that the next rule may try. */
interface FigureRule {

    Optional<FigureReading> read(Phrase phrase);
}
