# Common software licenses, as packages' meta.license refers to them. Each has `shortName`, `free`,
# `redistributable` and `deprecated`; those with an SPDX identifier also `spdxId` and its SPDX `url`.
{ lib }:
let
  license = shortName:
    { free ? true, redistributable ? free, deprecated ? false, spdxId ? null, url ? null, fullName ? null }:
    { inherit shortName free redistributable deprecated; }
    // lib.attrsets.optionalAttrs (spdxId != null) { inherit spdxId; url = "https://spdx.org/licenses/${spdxId}.html"; }
    // lib.attrsets.optionalAttrs (url != null) { inherit url; }
    // lib.attrsets.optionalAttrs (fullName != null) { inherit fullName; };

  # Each entry's attribute name is its short name.
  spdx = spdxId: fullName: extra: { inherit spdxId fullName; } // extra;
in
lib.attrsets.mapAttrs license {
  afl21 = spdx "AFL-2.1" "Academic Free License v2.1" { };
  agpl3Only = spdx "AGPL-3.0-only" "GNU Affero General Public License v3.0 only" { };
  agpl3Plus = spdx "AGPL-3.0-or-later" "GNU Affero General Public License v3.0 or later" { };
  apsl20 = spdx "APSL-2.0" "Apple Public Source License 2.0" { };
  artistic2 = spdx "Artistic-2.0" "Artistic License 2.0" { };
  asl20 = spdx "Apache-2.0" "Apache License 2.0" { };
  boost = spdx "BSL-1.0" "Boost Software License 1.0" { };
  bsd0 = spdx "0BSD" "BSD Zero Clause License" { };
  bsd1 = spdx "BSD-1-Clause" "BSD 1-Clause License" { };
  bsd2 = spdx "BSD-2-Clause" "BSD 2-clause \"Simplified\" License" { };
  bsd3 = spdx "BSD-3-Clause" "BSD 3-clause \"New\" or \"Revised\" License" { };
  bsdOriginal = spdx "BSD-4-Clause" "BSD 4-clause \"Original\" or \"Old\" License" { };
  bsl11 = spdx "BUSL-1.1" "Business Source License 1.1" { free = false; redistributable = true; };
  cc-by-40 = spdx "CC-BY-4.0" "Creative Commons Attribution 4.0" { };
  cc-by-sa-40 = spdx "CC-BY-SA-4.0" "Creative Commons Attribution Share Alike 4.0" { };
  cc0 = spdx "CC0-1.0" "Creative Commons Zero v1.0 Universal" { };
  curl = spdx "curl" "curl License" { };
  epl20 = spdx "EPL-2.0" "Eclipse Public License 2.0" { };
  eupl12 = spdx "EUPL-1.2" "European Union Public License 1.2" { };
  fdl13Plus = spdx "GFDL-1.3-or-later" "GNU Free Documentation License v1.3 or later" { };
  free = { fullName = "Unspecified free software license"; };
  gpl1Plus = spdx "GPL-1.0-or-later" "GNU General Public License v1.0 or later" { };
  gpl2Only = spdx "GPL-2.0-only" "GNU General Public License v2.0 only" { };
  gpl2Plus = spdx "GPL-2.0-or-later" "GNU General Public License v2.0 or later" { };
  gpl3Only = spdx "GPL-3.0-only" "GNU General Public License v3.0 only" { };
  gpl3Plus = spdx "GPL-3.0-or-later" "GNU General Public License v3.0 or later" { };
  hpnd = spdx "HPND" "Historic Permission Notice and Disclaimer" { };
  isc = spdx "ISC" "ISC License" { };
  lgpl2Only = spdx "LGPL-2.0-only" "GNU Library General Public License v2 only" { };
  lgpl2Plus = spdx "LGPL-2.0-or-later" "GNU Library General Public License v2 or later" { };
  lgpl21Only = spdx "LGPL-2.1-only" "GNU Lesser General Public License v2.1 only" { };
  lgpl21Plus = spdx "LGPL-2.1-or-later" "GNU Lesser General Public License v2.1 or later" { };
  lgpl3Only = spdx "LGPL-3.0-only" "GNU Lesser General Public License v3.0 only" { };
  lgpl3Plus = spdx "LGPL-3.0-or-later" "GNU Lesser General Public License v3.0 or later" { };
  mit = spdx "MIT" "MIT License" { };
  mit0 = spdx "MIT-0" "MIT No Attribution" { };
  mpl11 = spdx "MPL-1.1" "Mozilla Public License 1.1" { };
  mpl20 = spdx "MPL-2.0" "Mozilla Public License 2.0" { };
  ncsa = spdx "NCSA" "University of Illinois/NCSA Open Source License" { };
  ofl = spdx "OFL-1.1" "SIL Open Font License 1.1" { };
  openssl = spdx "OpenSSL" "OpenSSL License" { };
  postgresql = spdx "PostgreSQL" "PostgreSQL License" { };
  psfl = spdx "Python-2.0" "Python Software Foundation License version 2" { };
  publicDomain = { fullName = "Public Domain"; };
  sspl = spdx "SSPL-1.0" "Server Side Public License" { free = false; redistributable = true; };
  unfree = { fullName = "Unfree"; free = false; };
  unfreeRedistributable = { fullName = "Unfree redistributable"; free = false; redistributable = true; };
  unfreeRedistributableFirmware = {
    fullName = "Unfree redistributable firmware";
    free = false;
    redistributable = true;
  };
  unicode-dfs-2016 = spdx "Unicode-DFS-2016" "Unicode License Agreement - Data Files and Software (2016)" { };
  unlicense = spdx "Unlicense" "The Unlicense" { };
  vim = spdx "Vim" "Vim License" { };
  w3c = spdx "W3C" "W3C Software Notice and License" { };
  wtfpl = spdx "WTFPL" "Do What The F*ck You Want To Public License" { };
  zlib = spdx "Zlib" "zlib License" { };
  zpl21 = spdx "ZPL-2.1" "Zope Public License 2.1" { };

  # Ambiguous GPL/LGPL names: kept for old package expressions, marked deprecated.
  gpl2 = spdx "GPL-2.0" "GNU General Public License v2.0" { deprecated = true; };
  gpl3 = spdx "GPL-3.0" "GNU General Public License v3.0" { deprecated = true; };
  lgpl21 = spdx "LGPL-2.1" "GNU Lesser General Public License v2.1" { deprecated = true; };
  lgpl3 = spdx "LGPL-3.0" "GNU Lesser General Public License v3.0" { deprecated = true; };
}
