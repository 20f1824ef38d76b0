/**
 * A glob as a regular expression. For resource addresses (`paths: false`) `*` matches anything, dots and
 * brackets included (`aws_s3_bucket.logs*`, `module.app.*`); for file paths `*` stops at `/` and `**` crosses
 * folders (`infra/legacy/**`). `?` is one character. Everything else is literal.
 */
export const globToRegExp = (glob: string, options: { paths: boolean }): RegExp => {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*') {
      if (options.paths && glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          source += '(?:.*/)?';
        } else source += '.*';
      } else source += options.paths ? '[^/]*' : '.*';
    } else if (ch === '?') source += options.paths ? '[^/]' : '.';
    else source += ch.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 's');
};
