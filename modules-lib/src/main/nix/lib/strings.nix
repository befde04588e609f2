# Functions on strings: joining, affixes, case, escaping for shells and Nix, versions, package names,
# build-system flags, conversions and string distance.
{ lib }:
let
  inherit (builtins) length elemAt head tail filter isList isString isPath isInt stringLength substring
    replaceStrings concatStringsSep genList split match typeOf toJSON foldl' elem;
  inherit (lib.trivial) min;

  whitespace = "[[:space:]]";

  # What trim removes: exactly these four (the [:space:] class differs between regex libraries).
  trimmed = " \t\r\n";

  keywords = [ "assert" "else" "if" "in" "inherit" "let" "or" "rec" "then" "with" ];

  # Two upper-case hexadecimal digits for an ASCII character.
  hexByte = c: lib.strings.fixedWidthString 2 "0" (lib.trivial.toHexString (lib.strings.charToInt c));

  # The characters charToInt knows: the printable ones (codes 32 to 126), tab, newline, return.
  printable = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";
  asciiCodes =
    builtins.listToAttrs (genList (i: { name = substring i 1 printable; value = 32 + i; }) (stringLength printable))
    // { "\t" = 9; "\n" = 10; "\r" = 13; };

  # A decimal integer, optionally signed and surrounded by whitespace. Leading zeros are an error unless
  # `zeroPadded` (toInt refuses them as possibly meant octal).
  parseDecimal = function: zeroPadded: str:
    let
      m = match "${whitespace}*(-?)(0*)([0-9]+)${whitespace}*" str;
      sign = elemAt m 0;
      zeros = elemAt m 1;
      digits = elemAt m 2;
      value = builtins.fromJSON digits;
      shown = lib.strings.escapeNixString str;
    in
    if m == null || !isInt value then
      throw "${function}: Could not convert ${shown} to int."
    else if !zeroPadded && zeros != "" then
      throw "${function}: Ambiguity in interpretation of ${shown} between octal and zero padded integer."
    else if sign == "-" then
      -value
    else
      value;
in
rec {
  inherit (builtins) compareVersions elem elemAt filter fromJSON genList head isInt isList isAttrs isPath
    isString match parseDrvName readFile replaceStrings split splitVersion stringLength substring tail
    toJSON typeOf unsafeDiscardStringContext concatStringsSep;

  ## Joining

  # concatStrings :: [String] -> String
  concatStrings = concatStringsSep "";

  # concatMapStrings :: (a -> String) -> [a] -> String
  concatMapStrings = f: list: concatStrings (map f list);

  # concatImapStrings :: (Int -> a -> String) -> [a] -> String  (indices from 1)
  concatImapStrings = f: list: concatStrings (lib.lists.imap1 f list);

  # concatMapStringsSep :: String -> (a -> String) -> [a] -> String
  concatMapStringsSep = sep: f: list: concatStringsSep sep (map f list);

  # concatImapStringsSep :: String -> (Int -> a -> String) -> [a] -> String
  concatImapStringsSep = sep: f: list: concatStringsSep sep (lib.lists.imap1 f list);

  # Each string followed by a newline.
  concatLines = lines: optionalString (lines != [ ]) (concatStringsSep "\n" lines + "\n");

  # join :: String -> [String] -> String
  join = concatStringsSep;

  # intersperse :: a -> [a] -> [a]
  intersperse = separator: list:
    if list == [ ] || length list == 1 then
      list
    else
      tail (builtins.concatMap (x: [ separator x ]) list);

  # replicate :: Int -> String -> String
  replicate = n: s: concatStrings (lib.lists.replicate n s);

  # Each attribute through `f name value`, joined with `sep` (in name order).
  concatMapAttrsStringSep = sep: f: attrs: concatStringsSep sep (lib.attrsets.mapAttrsToList f attrs);

  # optionalString :: Bool -> String -> String
  optionalString = cond: string: if cond then string else "";

  ## Search paths

  # makeSearchPath :: String -> [String] -> String  ("/a/bin:/b/bin"; nulls are left out)
  makeSearchPath = subDir: paths:
    concatStringsSep ":" (map (path: path + "/" + subDir) (filter (x: x != null) paths));

  # Like makeSearchPath, taking each package's `output` (or its best substitute).
  makeSearchPathOutput = output: subDir: pkgs: makeSearchPath subDir (map (lib.attrsets.getOutput output) pkgs);

  # makeLibraryPath :: [Derivation] -> String
  makeLibraryPath = makeSearchPathOutput "lib" "lib";

  # makeIncludePath :: [Derivation] -> String
  makeIncludePath = makeSearchPathOutput "dev" "include";

  # makeBinPath :: [Derivation] -> String
  makeBinPath = makeSearchPathOutput "bin" "bin";

  # Collapses repeated slashes.
  normalizePath = s:
    foldl' (acc: c: if c == "/" && lib.strings.hasSuffix "/" acc then acc else acc + c) "" (stringToCharacters s);

  ## Affixes and infixes

  # hasPrefix :: String -> String -> Bool
  hasPrefix = pref: str: substring 0 (stringLength pref) str == pref;

  # hasSuffix :: String -> String -> Bool
  hasSuffix = suffix: content:
    let
      lenContent = stringLength content;
      lenSuffix = stringLength suffix;
    in
    lenContent >= lenSuffix && substring (lenContent - lenSuffix) lenContent content == suffix;

  # split finds every occurrence; one is enough.
  hasInfix = infix: content: length (split (escapeRegex infix) (toString content)) > 1;

  # removePrefix :: String -> String -> String  (unchanged when the prefix is absent)
  removePrefix = prefix: str:
    if hasPrefix prefix str then substring (stringLength prefix) (stringLength str) str else str;

  # removeSuffix :: String -> String -> String  (unchanged when the suffix is absent)
  removeSuffix = suffix: str:
    let
      sufLen = stringLength suffix;
      sLen = stringLength str;
    in
    if sufLen <= sLen && substring (sLen - sufLen) sufLen str == suffix then substring 0 (sLen - sufLen) str else str;

  # commonPrefixLength :: String -> String -> Int
  commonPrefixLength = a: b:
    let
      m = min (stringLength a) (stringLength b);
      go = i: if i >= m then m else if substring i 1 a == substring i 1 b then go (i + 1) else i;
    in
    go 0;

  # commonSuffixLength :: String -> String -> Int
  commonSuffixLength = a: b:
    let
      m = min (stringLength a) (stringLength b);
      fromEnd = s: i: substring (stringLength s - i - 1) 1 s;
      go = i: if i >= m then m else if fromEnd a i == fromEnd b i then go (i + 1) else i;
    in
    go 0;

  ## Characters and case

  # stringToCharacters :: String -> [String]  (bytes, as Nix strings are)
  stringToCharacters = s: genList (p: substring p 1 s) (stringLength s);

  # stringAsChars :: (String -> String) -> String -> String
  stringAsChars = f: s: concatStrings (map f (stringToCharacters s));

  lowerChars = stringToCharacters "abcdefghijklmnopqrstuvwxyz";

  upperChars = stringToCharacters "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  # replaceString :: String -> String -> String -> String  (every occurrence)
  replaceString = from: to: replaceStrings [ from ] [ to ];

  # toLower :: String -> String  (ASCII only)
  toLower = replaceStrings upperChars lowerChars;

  # toUpper :: String -> String  (ASCII only)
  toUpper = replaceStrings lowerChars upperChars;

  # The first character upper case, the rest lower case.
  toSentenceCase = str:
    lib.trivial.throwIfNot (isString str) "toSentenceCase does only accepts string values, but got ${typeOf str}" (
      let
        firstChar = substring 0 1 str;
        rest = substring 1 (stringLength str) str;
      in
      addContextFrom str (toUpper firstChar + toLower rest)
    );

  # "hello-world", "hello_world", "hello world" and "HelloWorld" all become "helloWorld".
  toCamelCase = str:
    lib.trivial.throwIfNot (isString str) "toCamelCase does only accepts string values, but got ${typeOf str}" (
      let
        words = splitStringBy (prev: curr: elem curr [ "-" "_" " " ]) false str;
        lowerToUpper = prev: curr: match "[a-z]" prev != null && match "[A-Z]" curr != null;
        parts = builtins.concatMap (splitStringBy lowerToUpper true) words;
        first = if parts == [ ] then "" else toLower (head parts);
        rest = if length parts > 1 then map toSentenceCase (tail parts) else [ ];
      in
      concatStrings (map (addContextFrom str) ([ first ] ++ rest))
    );

  # The code point of a printable ASCII character (or one of \t \n \r).
  charToInt = c: builtins.getAttr c asciiCodes;

  ## Splitting and trimming

  # Splits where `predicate prev curr` holds for a character and the one before it ("" at the start);
  # with `keepSplit` the splitting character starts the next part, else it is dropped.
  splitStringBy = predicate: keepSplit: str:
    let
      len = stringLength str;
      go = pos: part: parts:
        if pos == len then
          parts ++ [ part ]
        else
          let
            curr = substring pos 1 str;
            prev = if pos > 0 then substring (pos - 1) 1 str else "";
          in
          if predicate prev curr then
            go (pos + 1) (if keepSplit then curr else "") (parts ++ [ part ])
          else
            go (pos + 1) (part + curr) parts;
    in
    map (addContextFrom str) (if len == 0 then [ "" ] else go 0 "" [ ]);

  # splitString :: String -> String -> [String]  (the separator is literal text)
  splitString = sep: s:
    let
      splits = filter isString (split (escapeRegex (toString sep)) (toString s));
    in
    map (addContextFrom (toString s)) splits;

  # trim :: String -> String
  trim = trimWith { start = true; end = true; };

  # trimWith :: { start ? false; end ? false; } -> String -> String
  trimWith = { start ? false, end ? false }:
    let
      # Leading and trailing whitespace are matched by the outer groups; the middle keeps the rest.
      regex =
        if start && end then "[${trimmed}]*(.*[^${trimmed}])[${trimmed}]*"
        else if start then "[${trimmed}]*(.*)"
        else if end then "(.*[^${trimmed}])[${trimmed}]*"
        else "(.*)";
    in
    s:
    let
      m = match regex s;
    in
    if m == null then "" else head m;

  ## Escaping

  # Backslash before every character of `list`.
  escape = list: replaceStrings list (map (c: "\\${c}") list);

  # C-style \xNN escapes for the characters of `list`.
  escapeC = list: replaceStrings list (map (c: "\\x${toLower (hexByte c)}") list);

  # escapeURL :: String -> String  (percent-encodes all but RFC 3986 unreserved characters)
  escapeURL =
    let
      unreserved = stringToCharacters "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~";
      toEscape = lib.lists.subtractLists unreserved (builtins.attrNames asciiCodes);
    in
    replaceStrings toEscape (map (c: "%${hexByte c}") toEscape);

  # Quotes for a POSIX shell, unless the string is made of characters that need no quoting.
  escapeShellArg = arg:
    let
      string = toString arg;
    in
    if match "[[:alnum:],._+:@%/-]+" string == null then "'${replaceStrings [ "'" ] [ "'\\''" ] string}'" else string;

  # escapeShellArgs :: [a] -> String
  escapeShellArgs = concatMapStringsSep " " escapeShellArg;

  # isValidPosixName :: String -> Bool
  isValidPosixName = name: match "[a-zA-Z_][a-zA-Z0-9_]*" name != null;

  # A shell assignment of `value`: lists become indexed arrays, sets associative arrays.
  toShellVar = name: value:
    lib.trivial.throwIfNot (isValidPosixName name) "toShellVar: ${name} is not a valid shell variable name" (
      if builtins.isAttrs value && !isStringLike value then
        "declare -A ${name}=(${concatMapAttrsStringSep " " (n: v: "[${escapeShellArg n}]=${escapeShellArg v}") value})"
      else if isList value then
        "declare -a ${name}=(${escapeShellArgs value})"
      else
        "${name}=${escapeShellArg value}"
    );

  # toShellVars :: AttrSet -> String
  toShellVars = vars: concatStringsSep "\n" (lib.attrsets.mapAttrsToList toShellVar vars);

  # A Nix string literal for `s`.
  escapeNixString = s: escape [ "$" ] (toJSON s);

  # escapeRegex :: String -> String  (a POSIX ERE matching the string literally)
  escapeRegex = escape (stringToCharacters "\\[{()^$?*+|.");

  # `s` as an attribute name in Nix source: bare when it is an identifier (not a keyword), else quoted.
  escapeNixIdentifier = s:
    if match "[a-zA-Z_][a-zA-Z0-9_'-]*" s != null && !(elem s keywords) then s else escapeNixString s;

  # escapeXML :: String -> String
  escapeXML = replaceStrings [ "\"" "'" "<" ">" "&" ] [ "&quot;" "&apos;" "&lt;" "&gt;" "&amp;" ];

  ## String context

  # `target` with the string context of `src`.
  addContextFrom = src: target: substring 0 0 src + target;

  ## Versions and package names

  # versionOlder :: String -> String -> Bool
  versionOlder = v1: v2: compareVersions v2 v1 == 1;

  # versionAtLeast :: String -> String -> Bool
  versionAtLeast = v1: v2: !versionOlder v1 v2;

  # getName :: (String | Derivation) -> String  ("hello" of "hello-2.12")
  getName = x: if isString x then (parseDrvName x).name else x.pname or (parseDrvName x.name).name;

  # getVersion :: (String | Derivation) -> String  ("2.12" of "hello-2.12")
  getVersion = x: if isString x then (parseDrvName x).version else x.version or (parseDrvName x.name).version;

  # The file name of a URL without extension (from `sep` on).
  nameFromURL = url: sep:
    let
      components = splitString "/" url;
      filename = lib.lists.last components;
      name = head (splitString sep filename);
    in
    assert name != filename;
    name;

  ## Build-system flags

  # cmakeOptionType :: String -> String -> String -> String  ("-DNAME:TYPE=value")
  cmakeOptionType = type: feature: value:
    assert elem (toUpper type) [ "BOOL" "FILEPATH" "PATH" "STRING" "INTERNAL" "LIST" ];
    assert isString feature && isString value;
    "-D${feature}:${toUpper type}=${value}";

  # cmakeBool :: String -> Bool -> String
  cmakeBool = condition: flag:
    assert isString condition && builtins.isBool flag;
    cmakeOptionType "bool" condition (toUpper (lib.trivial.boolToString flag));

  # cmakeFeature :: String -> String -> String
  cmakeFeature = feature: value:
    assert isString feature && isString value;
    cmakeOptionType "string" feature value;

  # mesonOption :: String -> String -> String  ("-Dname=value")
  mesonOption = feature: value:
    assert isString feature && isString value;
    "-D${feature}=${value}";

  # mesonBool :: String -> Bool -> String
  mesonBool = condition: flag:
    assert isString condition && builtins.isBool flag;
    mesonOption condition (lib.trivial.boolToString flag);

  # mesonEnable :: String -> Bool -> String  (enabled or disabled)
  mesonEnable = feature: flag:
    assert isString feature && builtins.isBool flag;
    mesonOption feature (if flag then "enabled" else "disabled");

  # enableFeature :: Bool -> String -> String  ("--enable-x" or "--disable-x")
  enableFeature = flag: name:
    assert builtins.isBool flag && isString name;
    "--${if flag then "enable" else "disable"}-${name}";

  # enableFeatureAs :: Bool -> String -> String -> String
  enableFeatureAs = flag: name: value: enableFeature flag name + optionalString flag "=${value}";

  # withFeature :: Bool -> String -> String  ("--with-x" or "--without-x")
  withFeature = flag: name:
    assert builtins.isBool flag && isString name;
    "--${if flag then "with" else "without"}-${name}";

  # withFeatureAs :: Bool -> String -> String -> String
  withFeatureAs = flag: name: value: withFeature flag name + optionalString flag "=${value}";

  ## Widths and conversions

  # `str` padded on the left with `filler` to `width` characters.
  fixedWidthString = width: filler: str:
    let
      strw = stringLength str;
    in
    assert lib.assertMsg (strw <= width)
      "fixedWidthString: requested string length (${toString width}) must not be shorter than actual length (${toString strw})";
    if strw == width then str else filler + fixedWidthString (width - stringLength filler) filler str;

  # fixedWidthNumber :: Int -> Int -> String  (zero-padded)
  fixedWidthNumber = width: n: fixedWidthString width "0" (toString n);

  # floatToString :: Float -> String  (warns when the text loses precision)
  floatToString = float:
    let
      result = toString float;
      precise = float == builtins.fromJSON result;
    in
    lib.trivial.warnIf (!precise) "Imprecise conversion from float to string ${result}" result;

  # isStringLike :: a -> Bool  (a string, path, or set with outPath or __toString)
  isStringLike = x: isString x || isPath x || x ? outPath || x ? __toString;

  # isConvertibleWithToString :: a -> Bool
  isConvertibleWithToString = x:
    isStringLike x
    || elem (typeOf x) [ "null" "int" "float" "bool" ]
    || (isList x && lib.lists.all isConvertibleWithToString x);

  # isCoercibleToString :: a -> Bool  (deprecated)
  isCoercibleToString = lib.trivial.warnIf (lib.trivial.oldestSupportedReleaseIsAtLeast 2305)
    "lib.strings.isCoercibleToString is deprecated in favor of either isStringLike or isConvertibleWithToString. Only use the latter if it needs to return true for null, numbers, booleans and list of similarly coercibles."
    isConvertibleWithToString;

  # Whether `x` is a path directly inside the store (not something within a store path).
  isStorePath = x:
    if isStringLike x then
      let
        str = toString x;
      in
      # (Content-addressed outputs may also be a bare /<52 characters> path.)
      substring 0 1 str == "/" && (dirOf str == builtins.storeDir || match "/[0-9a-z]{52}" str != null)
    else
      false;

  # toInt :: String -> Int  (decimal; leading zeros are refused as ambiguous)
  toInt = parseDecimal "toInt" false;

  # toIntBase10 :: String -> Int  (decimal; leading zeros allowed)
  toIntBase10 = parseDecimal "toIntBase10" true;

  # fileContents :: Path -> String  (without one trailing newline)
  fileContents = file: removeSuffix "\n" (readFile file);

  # A valid derivation name made from any string: disallowed runs become "-", at most 207 characters.
  sanitizeDerivationName =
    let
      okRegex = match "[[:alnum:]+_?=-][[:alnum:]+._?=-]*";
    in
    string:
    if stringLength string <= 207 && okRegex string != null && unsafeDiscardStringContext string == string then
      string
    else
      let
        noContext = unsafeDiscardStringContext string;
        noLeadingDots = head (match "\\.*(.*)" noContext);
        dashed = concatMapStrings (s: if isList s then "-" else s) (split "[^[:alnum:]+._?=-]+" noLeadingDots);
        shortened = substring (lib.trivial.max (stringLength dashed - 207) 0) 207 dashed;
      in
      if shortened == "" then "unknown" else shortened;

  ## String distance

  # The edit distance (insertions, deletions, substitutions) between two strings.
  levenshtein = a: b:
    let
      la = stringLength a;
      lb = stringLength b;
      # A lazily filled table: d i j is the distance between the first i characters of a and j of b.
      table = genList (i: genList (j: dist i j) (lb + 1)) (la + 1);
      d = i: j: elemAt (elemAt table i) j;
      dist = i: j:
        if i == 0 then
          j
        else if j == 0 then
          i
        else
          let
            cost = if substring (i - 1) 1 a == substring (j - 1) 1 b then 0 else 1;
          in
          min (min (d (i - 1) j + 1) (d i (j - 1) + 1)) (d (i - 1) (j - 1) + cost);
    in
    d la lb;

  # Whether the edit distance is at most k; cheap when the lengths alone rule it out.
  levenshteinAtMost = k:
    if k <= 0 then
      a: b: a == b
    else
      a: b:
        let
          diff = stringLength a - stringLength b;
        in
        (if diff < 0 then -diff else diff) <= k && levenshtein a b <= k;
}
