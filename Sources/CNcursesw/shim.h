#ifndef TOOLKIT_NCURSES_SHIM_H
#define TOOLKIT_NCURSES_SHIM_H

// Wide-character entry points (get_wch, add_wch) are hidden unless this is set first.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <ncursesw/curses.h>
#include <locale.h>
#include <langinfo.h>

// Swift 6 cannot read these C globals or macros directly.
static inline WINDOW *toolkit_stdscr(void) { return stdscr; }
static inline int toolkit_lines(void) { return LINES; }
static inline int toolkit_cols(void) { return COLS; }
static inline int toolkit_colors(void) { return COLORS; }
static inline attr_t toolkit_a_bold(void) { return A_BOLD; }
static inline attr_t toolkit_a_reverse(void) { return A_REVERSE; }
static inline attr_t toolkit_a_underline(void) { return A_UNDERLINE; }
static inline attr_t toolkit_a_dim(void) { return A_DIM; }
static inline attr_t toolkit_a_normal(void) { return A_NORMAL; }
static inline attr_t toolkit_color_pair(short pair) { return COLOR_PAIR(pair); }
static inline mmask_t toolkit_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t toolkit_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t toolkit_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t toolkit_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline int toolkit_key_mouse(void) { return KEY_MOUSE; }

#endif
