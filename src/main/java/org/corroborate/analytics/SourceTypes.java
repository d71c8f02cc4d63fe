package org.corroborate.analytics;

import java.util.LinkedHashMap;
import java.util.Map;
import org.corroborate.scheme.Labels;

/**
 * Source mentions by type. A pronoun or coreferent counts as its antecedent's type (its canonical source's kind, else
 * the nearest named mention before it, else after it); {@code pronounUnresolved} are those with no antecedent at all,
 * {@code pronounsResolved} how many of the typed counts came from pronouns.
 */
public record SourceTypes(
        long namedPerson,
        long namedOrganisation,
        long unnamedIndividual,
        long unnamedGroup,
        long document,
        long pronounUnresolved,
        long other,
        long pronouns) {

    public static final SourceTypes NONE = new SourceTypes(0, 0, 0, 0, 0, 0, 0, 0);

    public SourceTypes plus(SourceTypes o) {
        return new SourceTypes(
                namedPerson + o.namedPerson,
                namedOrganisation + o.namedOrganisation,
                unnamedIndividual + o.unnamedIndividual,
                unnamedGroup + o.unnamedGroup,
                document + o.document,
                pronounUnresolved + o.pronounUnresolved,
                other + o.other,
                pronouns + o.pronouns);
    }

    public long pronounsResolved() {
        return pronouns - pronounUnresolved;
    }

    /** By label code (as exports and JSON name them), in the scheme's order. */
    public Map<String, Long> byLabel() {
        Map<String, Long> map = new LinkedHashMap<>();
        map.put(Labels.NAMED_PERSON, namedPerson);
        map.put(Labels.NAMED_ORGANISATION, namedOrganisation);
        map.put(Labels.UNNAMED_INDIVIDUAL, unnamedIndividual);
        map.put(Labels.UNNAMED_GROUP, unnamedGroup);
        map.put(Labels.DOCUMENT, document);
        map.put("pronoun-unresolved", pronounUnresolved);
        map.put(Labels.OTHER, other);
        map.put("pronouns-resolved", pronounsResolved());
        return map;
    }
}
