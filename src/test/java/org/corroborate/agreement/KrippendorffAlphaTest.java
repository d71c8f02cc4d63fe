package org.corroborate.agreement;

class KrippendorffAlphaTest extends AgreementMeasureContract {

    @Override
    AgreementMeasure measure() {
        return new KrippendorffAlpha();
    }
}
