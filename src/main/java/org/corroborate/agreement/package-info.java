/**
 * Inter-annotator agreement on span annotations: which spans the annotators marked at the same place (label
 * agreement: Cohen's and Fleiss' kappa, Krippendorff's alpha), where they marked spans at all (Krippendorff's
 * unitizing alpha) and whole attribution frames. The measures are DKPro Statistics'; the studies are built here
 * in plain Java. {@link org.corroborate.agreement.AgreementService} is the access-checked entry point.
 */
@NullMarked
package org.corroborate.agreement;

import org.jspecify.annotations.NullMarked;
