package io.blindspot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Application {
    public static void main(String[] args) {
        var command = Commands.named(args);
        if (command.isPresent()) {
            System.exit(command.get().applyAsInt(args));
        }
        SpringApplication.run(Application.class, args);
    }
}
