package org.corroborate.agreement;

class CohenKappaTest extends AgreementMeasureContract {

    @Override
    AgreementMeasure measure() {
        return new CohenKappa();
    }
}
