// The example ran to the end and printed what the README's story says, and the classpath a user
// gets from the one kassa-embedded dependency holds nothing of the server.
def log = new File(basedir, 'build.log').text
[
    'purchase: PAID, 25.00 EUR',
    'checkout: PENDING_PAYMENT, 12.50 EUR',
    'after payment: PAID',
    'checking: 50.00 EUR',
    'savings: 25.00 EUR',
    'mugs left: 7',
].each { line -> assert log.contains(line): "the example did not print '${line}'" }

def classpath = new File(basedir, 'target/runtime-classpath.txt').text.trim().split(File.pathSeparator)
assert classpath.any { it.contains('kassa-embedded') }: "kassa-embedded is not on ${classpath}"
def forbidden = [
    'io/javalin/', 'org/eclipse/jetty/', 'org/jooq/', 'org/flywaydb/', 'org/postgresql/',
    'com/zaxxer/', 'io/zonky/',
]
def server = classpath.findAll { entry -> forbidden.any { entry.replace('\\', '/').contains(it) } }
assert server.isEmpty(): "the embedded classpath holds server libraries: ${server}"
return true
