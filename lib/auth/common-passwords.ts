// Passwords of ten or more characters that top public breach lists; refused outright.
export const COMMON_PASSWORDS = new Set([
  '1234567890', '0123456789', '0987654321', '1111111111', '0000000000', '1234512345',
  '123456789a', 'a123456789', 'qwertyuiop', 'qwertyuiop1', '1q2w3e4r5t', '1q2w3e4r5t6y',
  'q1w2e3r4t5', 'q1w2e3r4t5y6', 'asdfghjkl1', 'zaq12wsxcde', '1qaz2wsx3edc', 'zaq1zaq1zaq1',
  'password12', 'password123', 'password1234', 'passw0rd123', 'password!1', 'p@ssw0rd123',
  'iloveyou12', 'iloveyou123', 'football12', 'baseball12', 'basketball', 'superman123',
  'sunshine12', 'princess12', 'welcome123', 'welcome1234', 'letmein123', 'trustno1234',
  'administrator', 'admin12345', 'admin123456', 'changeme123', 'michael123', 'charlie123',
  'starwars12', 'whatever12', 'dragon1234', 'monkey1234', 'qwerty1234', 'qwerty12345',
  'abcdefghij', 'abcd123456', 'abc1234567', 'aaaaaaaaaa', 'computer12', 'internet12',
  'mypassword', 'mypassword1', 'secret1234', 'blogpassword', 'inkwell123', 'inkwell1234',
]);
