package org.corroborate.agreement;

class FleissKappaTest extends AgreementMeasureContract {

    @Override
    AgreementMeasure measure() {
        return new FleissKappa();
    }
}
