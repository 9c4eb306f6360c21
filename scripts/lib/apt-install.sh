# Sourced, not run: installs Debian packages a script needs and the machine lacks (the tests' chromium, nginx and
# postgresql, the pages benchmark's wrk), as root or through sudo. A user who can do neither is told what to run.
# Messages go to stderr, as a script whose output is read (postgres.sh prints its connection string) needs.

# apt_install "for what" package...
apt_install() {
  local purpose=$1
  shift
  local sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo > /dev/null; then sudo_cmd="sudo"; else
      echo "$1 is missing and this user cannot install it: run 'apt-get install $*' as root" >&2
      exit 1
    fi
  fi
  echo "Installing Debian's $* $purpose..." >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq --no-install-recommends "$@" > /dev/null
}
