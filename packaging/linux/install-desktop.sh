#!/bin/sh
# Integrates the charte-app bundle this script sits in with the current user's desktop, without root:
# the launcher (with this folder's absolute path: the bundle is on no PATH), the .charte file type
# opened by it, and the icons, under ${XDG_DATA_HOME:-~/.local/share}. Run it again after moving the folder.
#
#     ./install-desktop.sh            install (or refresh)
#     ./install-desktop.sh --remove   remove what it installed
set -eu

here=$(cd "$(dirname "$0")" && pwd -P)
data=${XDG_DATA_HOME:-$HOME/.local/share}
config=${XDG_CONFIG_HOME:-$HOME/.config}
type=application/x-charte-dossier
entry=charte-app.desktop

refresh() {
    if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$data/mime"; fi
    if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$data/applications"; fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$data/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
    fi
}

if [ "${1:-}" = "--remove" ]; then
    rm -f "$data/applications/$entry" "$data/mime/packages/charte-app.xml"
    for icon in "$data"/icons/hicolor/*/apps/charte-app.png "$data"/icons/hicolor/scalable/apps/charte-app.svg; do
        rm -f "$icon"
    done
    refresh
    echo "charte-app retiré du bureau."
    exit 0
fi

program="$here/charte-app-gui"
if [ ! -x "$program" ]; then
    echo "install-desktop.sh : $program introuvable ; lancez ce script depuis le dossier de charte-app." >&2
    exit 1
fi

# Exec= takes a quoted argument (Desktop Entry Specification): inside double quotes \ " ` $ get a backslash,
# then the value is a string, whose backslashes are doubled, and % is written %%. TryExec is a plain string.
quoted=$(printf '%s' "$program" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g' -e 's/%/%%/g')
plain=$(printf '%s' "$program" | sed -e 's/\\/\\\\/g')

mkdir -p "$data/applications" "$data/mime/packages" "$data/icons"
sed -e "s|^Exec=.*|Exec=\"$(printf '%s' "$quoted" | sed 's/[|&\\]/\\&/g')\" %f|" \
    -e "s|^TryExec=.*|TryExec=$(printf '%s' "$plain" | sed 's/[|&\\]/\\&/g')|" \
    "$here/share/applications/$entry" > "$data/applications/$entry.tmp"
mv "$data/applications/$entry.tmp" "$data/applications/$entry"
cp "$here/share/mime/packages/charte-app.xml" "$data/mime/packages/charte-app.xml"
cp -R "$here/share/icons/hicolor" "$data/icons/"
refresh

# The launcher as the default application of .charte files (the user can still choose another).
if command -v xdg-mime >/dev/null 2>&1; then
    xdg-mime default "$entry" "$type"
else
    list="$config/mimeapps.list"
    mkdir -p "$config"
    touch "$list"
    if ! grep -q "^$type=" "$list"; then
        awk -v line="$type=$entry" '
            { print }
            /^\[Default Applications\]$/ && !done { print line; done = 1 }
            END { if (!done) { print ""; print "[Default Applications]"; print line } }
        ' "$list" > "$list.tmp"
        mv "$list.tmp" "$list"
    fi
fi
echo "charte-app installé pour $(id -un) : menu des applications, et les fichiers .charte s'ouvrent avec lui."
