package org.corroborate.user;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.corroborate.audit.AuditAction;
import org.corroborate.audit.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users and their passwords. Changes are for site admins only. */
@Service
public class UserService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final AuditLog audit;

    UserService(UserAccountRepository users, PasswordEncoder passwordEncoder, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @PreAuthorize("@currentUser.isSiteAdmin()")
    @Transactional(readOnly = true)
    public List<UserSummary> listUsers() {
        return users.findAllByOrderByUsernameAsc().stream()
                .map(UserAccount::toSummary)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> findByUsername(String username) {
        return users.findByUsernameIgnoreCase(username).map(UserAccount::toSummary);
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> findById(long id) {
        return users.findById(id).map(UserAccount::toSummary);
    }

    @Transactional(readOnly = true)
    public boolean anyUserExists() {
        return users.count() > 0;
    }

    @PreAuthorize("@currentUser.isSiteAdmin()")
    @Transactional
    public UserSummary createUser(String username, String displayName, String password, boolean siteAdmin) {
        String name = normaliseUsername(username);
        if (users.findByUsernameIgnoreCase(name).isPresent()) {
            throw new UserValidationException("A user named '" + name + "' already exists.");
        }
        checkPassword(password);
        String shownName = displayName.isBlank() ? name : displayName.strip();
        if (shownName.length() > UserAccount.DISPLAY_NAME_MAX_LENGTH) {
            throw new UserValidationException(
                    "The display name is longer than " + UserAccount.DISPLAY_NAME_MAX_LENGTH + " characters.");
        }
        UserAccount user =
                new UserAccount(name, shownName, passwordEncoder.encode(password), siteAdmin, clock.instant());
        audit.record(AuditAction.USER_CREATED, null, name, siteAdmin ? "site admin" : "");
        return users.save(user).toSummary();
    }

    @PreAuthorize("@currentUser.isSiteAdmin()")
    @Transactional
    public void resetPassword(String username, String newPassword) {
        checkPassword(newPassword);
        UserAccount user = require(username);
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        audit.record(AuditAction.PASSWORD_RESET, null, user.getUsername(), "");
    }

    /** Disabling keeps the user's work and memberships; the user just cannot sign in. */
    @PreAuthorize("@currentUser.isSiteAdmin()")
    @Transactional
    public UserSummary setEnabled(String username, boolean enabled, String actingUsername) {
        UserAccount user = require(username);
        if (!enabled && user.getUsername().equalsIgnoreCase(actingUsername)) {
            throw new UserValidationException("You cannot disable your own account.");
        }
        if (user.isEnabled() != enabled) {
            audit.record(enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED, null, user.getUsername(), "");
        }
        user.setEnabled(enabled);
        return user.toSummary();
    }

    private UserAccount require(String username) {
        return users.findByUsernameIgnoreCase(username.strip())
                .orElseThrow(() -> new UserValidationException("There is no user named '" + username.strip() + "'."));
    }

    private static String normaliseUsername(String username) {
        String name = username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new UserValidationException("A username is 2 to 64 characters: letters a-z, digits, '.', '_' or '-',"
                    + " starting with a letter or digit.");
        }
        return name;
    }

    private static void checkPassword(String password) {
        if (password.length() < UserAccount.PASSWORD_MIN_LENGTH) {
            throw new UserValidationException(
                    "A password needs at least " + UserAccount.PASSWORD_MIN_LENGTH + " characters.");
        }
        if (password.length() > 72) {
            // BCrypt only reads the first 72 bytes; longer passwords would silently be cut.
            throw new UserValidationException("A password can have at most 72 characters.");
        }
    }
}
