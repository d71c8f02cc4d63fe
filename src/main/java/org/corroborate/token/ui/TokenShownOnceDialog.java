package org.corroborate.token.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.corroborate.token.CreatedToken;

/** The new token's secret, this once: it is not kept, so closing the dialog is the last chance to copy it. */
class TokenShownOnceDialog extends Dialog {

    TokenShownOnceDialog(CreatedToken created) {
        setHeaderTitle("Token " + created.token().name());
        TextField secret = new TextField("Your new token");
        secret.setId("new-token-secret");
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        add(new Paragraph("Copy it now: it is shown only this once (Corroborate keeps only a hash of it)."), secret);
        Button done = new Button("I have copied it", e -> close());
        done.setId("token-copied");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        setWidth("40rem");
    }
}
