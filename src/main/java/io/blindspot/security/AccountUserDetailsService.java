package io.blindspot.security;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    AccountUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .disabled(!account.isEnabled())
                .authorities(account.getRoles().stream()
                        .map(r -> new SimpleGrantedAuthority(r.authority()))
                        .toList())
                .build();
    }

    /** The role authorities of the active account with this username; empty when it is inactive or gone. */
    @Transactional(readOnly = true)
    public Optional<Set<String>> activeRoleAuthorities(String username) {
        return accounts.findByUsername(username)
                .filter(UserAccount::isEnabled)
                .map(account -> account.getRoles().stream().map(Role::authority).collect(Collectors.toSet()));
    }
}
