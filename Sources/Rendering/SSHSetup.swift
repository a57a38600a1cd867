/// The lines a host pastes so that attendees can follow over SSH and do nothing else: an
/// `authorized_keys` prefix for keys that may only follow, and an sshd `Match` block for a group
/// of accounts, both naming this binary and this socket.
public enum SSHSetup {
    /// The command a forced login runs: `BINARY follow --socket SOCKET`, quoted for the shell
    /// that sshd runs it with.
    public static func followCommand(binary: String, socket: String) -> String {
        [binary, "follow", "--socket", socket].map(shellQuoted).joined(separator: " ")
    }

    /// The `authorized_keys` options that let a key only follow: no shell, no forwarding of any
    /// kind, a terminal.
    public static func authorizedKeysPrefix(binary: String, socket: String) -> String {
        let command = followCommand(binary: binary, socket: socket)
            .replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"")
        return "restrict,pty,command=\"\(command)\""
    }

    /// The whole text `toolkit present --print-ssh-setup` prints: both ways, with what each needs.
    /// `group` is the `--share-group`, if any.
    public static func text(binary: String, socket: String, group: String?) -> String {
        let command = followCommand(binary: binary, socket: socket)
        let matchGroup = group ?? "attendees"
        var lines = [
            "# Let attendees follow this presentation over SSH, and do nothing else.",
            "# Paste on the machine where `toolkit present --share` runs (the socket is \(socket)).",
            "",
            "# 1. Attendees log in as you (or as one workshop account that presents): put each",
            "#    attendee's public key in that account's ~/.ssh/authorized_keys after this prefix,",
            "#    so that the key runs only `toolkit follow` (no shell, no forwarding):",
            "",
            authorizedKeysPrefix(binary: binary, socket: socket) + " ssh-ed25519 AAAA...their-key... attendee@laptop",
            "",
            "# 2. Or every account in a group: append to /etc/ssh/sshd_config, then reload sshd",
            "#    (systemctl reload ssh). The accounts must be able to open the socket:",
        ]
        lines.append(group == nil
            ? "#    present with --share-group \(matchGroup) (the group they are in), or use way 1."
            : "#    they are in the group \(matchGroup), which --share-group lets in.")
        lines += [
            "",
            "Match Group \(matchGroup)",
            "    ForceCommand \(command)",
            "    PermitTTY yes",
            "    AllowTcpForwarding no",
            "    AllowStreamLocalForwarding no",
            "    AllowAgentForwarding no",
            "    X11Forwarding no",
            "    PermitTunnel no",
            "    PermitUserRC no",
            "",
            "# Attendees then type:  ssh -t ACCOUNT@THIS-HOST",
            "# (show it to the room with J, after starting with --join-command \"ssh -t ACCOUNT@THIS-HOST\").",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` as one shell word: as it is when it has only safe characters, else in single quotes.
    static func shellQuoted(_ text: String) -> String {
        let safe = !text.isEmpty && text.unicodeScalars.allSatisfy { scalar in
            (scalar.properties.isAlphabetic && scalar.isASCII) || ("0"..."9").contains(Character(scalar)) || "/._-+=:,@%".unicodeScalars.contains(scalar)
        }
        return safe ? text : "'" + text.replacingAll("'", with: "'\\''") + "'"
    }
}

private extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
