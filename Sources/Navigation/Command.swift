import Catalog

/// What the reader asked for: the intent a key is bound to in the keymap.
public enum Command: Hashable, Sendable {
    /// Previous item in a menu; scroll up a line on a page.
    case moveUp
    /// Next item in a menu; scroll down a line on a page.
    case moveDown
    /// A screenful up.
    case pageUp
    /// A screenful down.
    case pageDown
    /// To the top.
    case top
    /// To the bottom.
    case bottom
    /// Open the selected item or follow the selected link.
    case open
    /// Return to where you were before.
    case back
    /// Return to where Back came from.
    case forward
    /// The next page of the same section.
    case nextSibling
    /// The previous page of the same section.
    case previousSibling
    /// The menu this page belongs to.
    case up
    /// Open the search prompt.
    case search
    /// Open the go-to prompt.
    case goTo
    /// The next match of the search.
    case nextMatch
    /// The previous match of the search.
    case previousMatch
    /// Show the page's id, sources and position.
    case info
    /// List the page's headings, to jump to one.
    case outline
    /// Copy a reference to what is selected or shown to the reader's clipboard.
    case cite
    /// Confirm what was typed.
    case submit
    /// Complete what was typed from the selected entry.
    case complete
    /// Delete the character before the cursor.
    case deleteBackward
    /// Delete everything before the cursor.
    case deleteToStart
    /// Delete the word before the cursor.
    case deleteWordBackward
    /// Move the cursor a character left.
    case cursorLeft
    /// Move the cursor a character right.
    case cursorRight
    /// Move the cursor to the start of the line.
    case cursorToStart
    /// Move the cursor to the end of the line.
    case cursorToEnd
    /// Select the next link on the page.
    case nextLink
    /// Select the previous link on the page.
    case previousLink
    /// Open the nth item of a menu (1-based).
    case pick(Int)
    /// Show the keys.
    case help
    /// Close whatever is open (help, a notice); never quits.
    case close
    /// Redraw the whole screen.
    case repaint
    /// Leave the program.
    case quit
    /// The next item of a presentation.
    case nextItem
    /// The previous item of a presentation.
    case previousItem
    /// Start typing the number of an item to jump to.
    case jump
    /// Stop or restart the presenter's timer.
    case pauseTimer
    /// Blank the screen, or bring it back.
    case blank
    /// Switch a follower between following the presenter and exploring alone.
    case toggleFollowing
    /// Show attendees how to join the shared presentation.
    case showJoin
    /// Give the selected checklist item the next answer: unanswered, yes, partly, no, not applicable.
    case answer
    /// Write a note on the selected checklist item.
    case annotate
    /// Delete the character after the cursor.
    case deleteForward
    /// Choose a question of the page to ask the room, or close the open one.
    case ask
    /// Show everyone the tally of the open question.
    case reveal
    /// Answer the question open to the room with this choice (1-based).
    case answerRoom(Int)
    /// Raise the follower's hand, or lower it.
    case raiseHand
    /// Lower every raised hand in the room.
    case clearHands
}

/// Work the state machine asks the program to do, returned as a value so tests can assert it.
public enum Effect: Equatable, Sendable {
    /// Clear and redraw the whole terminal, not just what changed.
    case repaint
    /// Tell followers where the presenter now is (performed only when the presentation is shared).
    case publish(PresenterPosition)
    /// Read a few more pages of the catalog for "Linked from" while nothing else is waiting.
    case readAhead(Catalog)
    /// Open the workbook and read every answer in it; the loop replies `.answersLoaded` or
    /// `.answersNotLoaded`.
    case loadAnswers
    /// Read the workbook again if another session has changed it since it was read; the loop
    /// replies `.answersLoaded` only when it has.
    case refreshAnswers
    /// Keep an answer in the workbook, in one transaction; the loop replies `.saved` or `.notSaved`.
    /// Its `changedAt` is stamped by the loop, since the state machine has no clock.
    case save(ItemAnswer)
    /// Put this text, a reference to a page, on the reader's own clipboard (OSC 52, which
    /// reaches it through SSH and tmux).
    case copy(String)
    /// Put this question to the room: followers are told, and the socket takes answers to it.
    case ask(RoomQuestion)
    /// Show everyone this tally of the open question (counts in the order of its choices).
    case reveal(RoomQuestion, tally: [Int])
    /// Close this question: followers are told, and the socket takes no more answers to it.
    case closeQuestion(RoomQuestion)
    /// Tell the presenter's notes windows, and no attendee, the open question's tally as it
    /// stands (attendees see a tally only once it is revealed).
    case tellNotes(RoomQuestion, tally: [Int])
    /// Keep what the room said to a closed question in the workbook, in one transaction, when the
    /// presenter keeps one (`--workbook`); the loop stamps its time and replies
    /// `.roomResultNotKept` only if it could not.
    case keepRoomResult(RoomResult)
    /// Tell the presenter this follower's answer to question `question` (sent only when following).
    case answer(question: Int, choice: Int)
    /// Tell the presenter this follower's hand is raised, or lowered.
    case hand(raised: Bool)
    /// Lower every hand and tell followers so, keeping the room's open question (`room`) for
    /// followers who join later.
    case clearHands(room: [RoomMessage])
}
