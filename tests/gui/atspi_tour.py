#!/usr/bin/python3
"""Drives a running MoodBiome window from outside, through AT-SPI (what screen readers use).

Every control a user needs must have a role and a name there. The tour shows each tab and opens each
dialog (keyboard shortcuts, buttons pressed and menu items triggered by name through AT-SPI, the Randomise button
after a click on the first intervention where AT-SPI says it is), checks the controls of each,
and with --screenshots DIR saves a PNG of each state (taken with ImageMagick's `import`).
Run by tests/gui/run-atspi-tour.sh (CTest) and packaging/take-screenshots.sh.
"""
import argparse, os, subprocess, sys, time

import pyatspi

NEEDS_NAME = {"push button", "check box", "radio button", "combo box", "spin button", "text",
              "table", "page tab", "toggle button", "slider", "menu item", "tree table", "list"}


def find_app(timeout=90):
    end = time.time() + timeout
    while time.time() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and (app.name or "").lower() == "moodbiome":
                return app
        time.sleep(0.5)
    sys.exit("moodbiome did not appear on the accessibility bus")


def walk(node, depth=0):
    if node is None or depth > 40:
        return
    yield node
    try:
        children = list(node)
    except Exception:
        return
    for child in children:
        yield from walk(child, depth + 1)


def showing(node):
    try:
        return node.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def unnamed(root, where):
    """Controls that are shown but have no accessible name."""
    problems = []
    for node in walk(root):
        try:
            role = node.getRoleName()
        except Exception:
            continue
        if role not in NEEDS_NAME or not showing(node):
            continue
        if role == "text":  # read-only text is read, not filled in
            if not node.getState().contains(pyatspi.STATE_EDITABLE):
                continue
        parent = node.parent
        parent_role = parent.getRoleName() if parent is not None else ""
        if parent_role in {"spin button", "combo box", "table", "tree table", "list"}:
            continue  # the editor inside a spin or combo box, a cell of a table
        if role == "push button" and parent_role in {"scroll bar", "page tab list"}:
            continue  # Qt's own scroll arrows
        if not (node.name or "").strip():
            problems.append(f"{where}: a {role} without a name (parent: {parent_role} '{parent.name if parent else ''}')")
    return problems


def windows(app):
    return [w for w in app if w is not None and showing(w)]


def dialog(app, timeout=8, exclude=None):
    end = time.time() + timeout
    while time.time() < end:
        for w in windows(app):
            if w.getRoleName() in {"dialog", "alert", "file chooser"} and w != exclude:
                return w
        time.sleep(0.2)
    return None


def wait_gone(app, timeout=8):
    end = time.time() + timeout
    while time.time() < end:
        if not any(w.getRoleName() in {"dialog", "alert", "file chooser"} for w in windows(app)):
            return True
        time.sleep(0.2)
    return False


def press(root, name):
    for node in walk(root):
        try:
            if node.getRoleName() == "push button" and node.name.rstrip("…. ") == name.rstrip("…. ") and showing(node):
                node.queryAction().doAction(0)
                return True
        except Exception:
            continue
    return False


def same(a, b):
    return (a or "").rstrip("…. ") == (b or "").rstrip("…. ")


def menu(frame, titles, items):
    """Triggers the item named one of items in the menu bar's menu named one of titles (either language)."""
    for node in walk(frame):
        try:
            if node.getRoleName() != "menu item" or node.parent.getRoleName() != "menu bar" or \
                    not any(same(node.name, t) for t in titles):
                continue
            for item in walk(node):
                if item.getRoleName() == "menu item" and any(same(item.name, i) for i in items):
                    try:
                        item.queryAction().doAction(0)
                    except Exception:
                        pass  # a modal dialog holds the reply back until it closes
                    return True
        except Exception:
            continue
    return False


def focus_main():
    """No window manager hands the focus back when a dialog closes: give it to the main window."""
    win = os.environ.get("MOODBIOME_WINDOW")
    if win:
        subprocess.run(["xdotool", "windowfocus", win], check=False, stderr=subprocess.DEVNULL)
        time.sleep(0.2)


def key(*keys):
    subprocess.run(["xdotool", "key", "--clearmodifiers", *keys], check=False)
    time.sleep(0.6)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--screenshots", help="folder for PNGs")
    parser.add_argument("--suffix", default="", help="appended to each PNG's name, e.g. -en-1024x640")
    parser.add_argument("--clinician", action="store_true")
    args = parser.parse_args()

    app = find_app()
    frame = None
    end = time.time() + 20
    while frame is None and time.time() < end:
        frame = next((w for w in windows(app) if w.getRoleName() == "frame"), None)
        time.sleep(0.3)
    if frame is None:
        sys.exit("no main window")
    time.sleep(1.5)
    problems = []
    shots = []

    def shot(name):
        if args.screenshots:
            path = os.path.join(args.screenshots, f"{name}{args.suffix}.png")
            subprocess.run(["import", "-window", "root", path], check=True)
            shots.append(path)

    def check(root, where):
        problems.extend(unnamed(root, where))

    check(frame, "main window")
    tabs = [n for n in walk(frame) if n.getRoleName() == "page tab" and showing(n)]
    if len(tabs) < 5:
        problems.append(f"only {len(tabs)} tabs reachable")
    for index, tab in enumerate(tabs):
        focus_main()
        key(f"ctrl+{index + 1}")
        time.sleep(0.8)
        check(frame, f"tab {index + 1} '{tab.name}'")
        shot(f"tab{index + 1}")

    def open_dialog(name, opener, close=("Escape",)):
        focus_main()
        opener()
        d = dialog(app)
        if d is None:
            problems.append(f"{name}: no dialog appeared")
            return
        time.sleep(0.5)
        if d.getRoleName() != "file chooser":
            check(d, f"dialog '{d.name}'")
        shot(name)
        key(*close)
        if not wait_gone(app):
            key("Escape")
            if not wait_gone(app):
                problems.append(f"{name}: the dialog did not close")

    key("ctrl+1")
    open_dialog("entry", lambda: key("ctrl+n"))
    if args.clinician:
        open_dialog("participant", lambda: key("ctrl+shift+n"))
    open_dialog("export", lambda: key("ctrl+shift+e"))
    open_dialog("report", lambda: key("ctrl+p"))
    open_dialog("shortcuts", lambda: key("F1"))
    open_dialog("settings", lambda: key("ctrl+comma"))
    open_dialog("import", lambda: key("ctrl+i"))
    focus_main()
    key("ctrl+3")
    open_dialog("intervention", lambda: press(frame, "Add intervention") or press(frame, "Interventie toevoegen"))
    focus_main()
    key("ctrl+4")
    open_dialog("questionnaire", lambda: press(frame, "Fill in PHQ-9") or press(frame, "PHQ-9 invullen"))
    key("ctrl+1")
    # The dialogs that only a menu opens, each reached through the accessibility interface as a screen reader does.
    file_menu, edit_menu, settings_menu, help_menu = ("File", "Bestand"), ("Edit", "Bewerken"), \
        ("Settings", "Instellingen"), ("Help", "Help")
    for name, titles, items in [
            ("security", file_menu, ("Security…", "Beveiliging…")),
            ("restore", file_menu, ("Restore from backup…", "Terugzetten vanuit back-up…")),
            ("tags", settings_menu, ("Tags…",)),
            ("about", help_menu, ("About MoodBiome", "Over MoodBiome"))] + ([
            ("merge", file_menu, ("Merge site databases…", "Locatiedatabases samenvoegen…"))] if args.clinician else [
            ("checkin", edit_menu, ("Check in…", "Check-in…"))]):
        open_dialog(name, lambda n=name, t=titles, i=items: menu(frame, t, i) or problems.append(f"{n}: no menu item"))
    focus_main()
    key("ctrl+3")
    for node in walk(frame):  # the first intervention clicked, found where a screen reader says it is
        try:
            if node.getRoleName() == "table" and showing(node) and node.queryTable().nRows > 0:
                box = node.queryTable().getAccessibleAt(0, 1).queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
                subprocess.run(["xdotool", "mousemove", str(box.x + box.width // 2), str(box.y + box.height // 2),
                                "click", "1"], check=False)
                break
        except Exception:
            continue
    time.sleep(0.5)
    open_dialog("randomisation", lambda: press(frame, "Randomise…") or press(frame, "Randomiseren…"))
    key("ctrl+1")

    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(shots)} screenshots, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
