# fish completion for hsc(1), HTTP status codes explained.
# Installed as .../fish/vendor_completions.d/hsc.fish; or source this file.
#
# Options come from this file; status codes and classes come from the
# program itself (hsc --list-codes), never from a copy of the table.

# The classes and codes, as fish wants them: "CODE<TAB>NAME" lines, the
# name as the description; exactly what hsc --list-codes prints.  Ask
# the hsc being completed when it was typed as a path (./hsc), else the
# one in PATH.
function __hsc_codes --description 'List the status codes hsc knows'
    set -l cmd (commandline -opc)[1]
    if not string match -q -- '*/*' $cmd; or not test -x $cmd
        set cmd hsc
    end
    command $cmd --list-codes 2>/dev/null
end

# No file names: a query is a code, a class, a pattern, a range or
# words.  Only --count and --annotate read files (at the end).
complete -c hsc -f

complete -c hsc -s a -l all -d 'List every code'
complete -c hsc -s A -l annotate \
    -d 'Copy logs or curl output, naming each status'
# --color takes its value only attached (--color=never); fish offers
# both "--color" and "--color=" for an option whose argument is optional.
complete -c hsc -l color -d 'Colour the codes by class' \
    -a "always\t'In every case' never\t'Not at all' auto\t'On a terminal only'"
complete -c hsc -s c -l count -d 'Tally the status codes of logs'
complete -c hsc -l field -x -d 'With --count: the code is field N' \
    -a "1 2 3 4 5 6 7 8 9\t'The status in a combined log'"
complete -c hsc -l backend-field -x \
    -d "With --field: the backend's code is field N" -a "1 2 3 4 5 6 7 8 9"
complete -c hsc -l format -x -d 'With --count: read every line in one format' \
    -a "auto\t'Each line by itself' bare\t'A code alone'
    combined\t'Apache, nginx, Envoy' json\t'JSON lines'
    alb\t'AWS Application Load Balancer' clb\t'AWS Classic Load Balancer'
    cloudfront\t'CloudFront standard log' iis\t'IIS W3C log'"
complete -c hsc -l json-field -x -d 'In JSON lines the code is at PATH' \
    -a "status httpRequest.status DownstreamStatus EdgeResponseStatus
    elb_status_code"
complete -c hsc -l json-backend -x \
    -d "In JSON lines the backend's code is at PATH" \
    -a "upstream_status OriginStatus OriginResponseStatus target_status_code"
complete -c hsc -l by -x -d 'With --count: top values per code' \
    -a "path\t'The request path' client\t'The client address'
    method\t'The request method' host\t'The host' agent\t'The user agent'
    hour\t'The hour' minute\t'The minute'"
complete -c hsc -l only -x -d 'The codes --by and --timeline show' \
    -a "5xx 4xx 000 499 502"
complete -c hsc -l top -x -d 'With --by: N values per code' -a "3 5 10 20 50"
# Like --color, --timeline takes its value only attached.
complete -c hsc -l timeline -d 'With --count: codes per time bucket' \
    -a "10s 1m 5m 15m 1h 1d"
complete -c hsc -s h -l help -d 'Show the help and exit'
complete -c hsc -s j -l json -d 'Print a JSON array, both languages in it'
complete -c hsc -l lang -x -d 'Language of the text' \
    -a "ko\t'Korean' en\t'English'"
complete -c hsc -l list-codes \
    -d 'List classes and codes, tab-separated, for scripts'
complete -c hsc -s l -l long -d 'Show the detailed explanation'
complete -c hsc -l no-color -d 'Do not colour (--color=never)'
complete -c hsc -l no-pager -d 'Never page the output'
complete -c hsc -s s -l search -d 'Take every query as words to search for'
complete -c hsc -s V -l version -d 'Show the version and exit'
complete -c hsc -s w -l width -x -d 'Wrap at N columns (20 or more); 0: none' \
    -a "0\t'No wrapping' 60\tcolumns 72\tcolumns 80\tcolumns 100\tcolumns"

# The queries: classes and codes, with their names.  With --count and
# --annotate the arguments are log files instead.
complete -c hsc -n 'not __fish_seen_argument -s c -l count -s A -l annotate' \
    -a '(__hsc_codes)'
complete -c hsc -n '__fish_seen_argument -s c -l count -s A -l annotate' -F
