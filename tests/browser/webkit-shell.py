#!/usr/bin/python3
"""The WebKit browser the tests drive: WebKitGTK's own engine in a bare window.

WebKitWebDriver starts this program as it would start MiniBrowser (the demo
browser Debian ships with WebKitGTK). MiniBrowser's toolbar keeps its window
at least 290 px wide, too wide for a 280 px phone; this window holds only the
web view, so its viewport is exactly the size a test asks for.

Arguments: --scale=N sets the device pixel ratio (GDK_SCALE); --dark asks
pages for the dark colour scheme; --no-javascript turns page scripts off. WebKitWebDriver adds --automation.
"""
import os
import sys

for arg in sys.argv[1:]:
    if arg.startswith("--scale="):
        os.environ["GDK_SCALE"] = arg.split("=", 1)[1]

import gi  # noqa: E402

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import Gdk, Gtk, WebKit2  # noqa: E402

# Scrollbars that take room, as on Windows (tests/browser/engines.mjs says why).
Gtk.Settings.get_default().props.gtk_overlay_scrolling = False

if "--dark" in sys.argv[1:]:
    Gtk.Settings.get_default().props.gtk_application_prefer_dark_theme = True

context = WebKit2.WebContext.get_default()
context.set_automation_allowed(True)


def create_view(_session):
    view = WebKit2.WebView(web_context=context, is_controlled_by_automation=True)
    if "--no-javascript" in sys.argv[1:]:
        view.get_settings().set_enable_javascript(False)
    window = Gtk.Window()
    window.add(view)
    window.set_default_size(800, 600)
    view.connect("close", lambda _v: window.destroy())
    window.move(0, 0)
    window.show_all()
    window.present()
    # Without a window manager, X gives the keyboard to the window under the
    # pointer: keep the pointer inside this one, so `:focus` and key events work.
    pointer = Gdk.Display.get_default().get_default_seat().get_pointer()
    pointer.warp(Gdk.Screen.get_default(), 2, 2)
    view.grab_focus()
    return view


def started(_context, session):
    info = WebKit2.ApplicationInfo()
    info.set_name("KpopShell")
    info.set_version(1, 0, 0)
    session.set_application_info(info)
    session.connect("create-web-view", create_view)


context.connect("automation-started", started)
Gtk.main()
