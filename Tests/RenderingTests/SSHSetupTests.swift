@testable import Rendering
import TestSupport
import XCTest

/// What `toolkit present --print-ssh-setup` prints.
final class SSHSetupTests: XCTestCase {
    func testTheSetupNamesTheBinaryAndTheSocket() {
        assertSnapshot(SSHSetup.text(binary: "/usr/local/bin/toolkit", socket: "/tmp/toolkit-1000/present.sock", group: nil), named: "ssh-setup")
        assertSnapshot(SSHSetup.text(binary: "/usr/local/bin/toolkit", socket: "/tmp/toolkit-1000-shared/present.sock", group: "attendees"), named: "ssh-setup-group")
    }

    func testPathsThatNeedQuotingAreQuotedForTheShellAndForAuthorizedKeys() {
        XCTAssertEqual(SSHSetup.followCommand(binary: "/opt/my tools/toolkit", socket: "/tmp/it's/s.sock"),
                       #"'/opt/my tools/toolkit' follow --socket '/tmp/it'\''s/s.sock'"#)
        XCTAssertEqual(SSHSetup.authorizedKeysPrefix(binary: "/opt/\"q\"/toolkit", socket: "/tmp/s.sock"),
                       #"restrict,pty,command="'/opt/\"q\"/toolkit' follow --socket /tmp/s.sock""#)
        XCTAssertEqual(SSHSetup.authorizedKeysPrefix(binary: "/usr/bin/toolkit", socket: "/run/user/1000/toolkit/present.sock"),
                       #"restrict,pty,command="/usr/bin/toolkit follow --socket /run/user/1000/toolkit/present.sock""#)
    }
}
