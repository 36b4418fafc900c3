import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor for the start-up benchmark: a bare JavaFX window of the app's size with one label, started the
 * same way as the app (same JVM flags, JavaFX on the module path), reporting its first frame the same way.
 */
public class StartupBaseline extends Application {

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("Baseline")), 1200, 780));
        stage.setTitle("Baseline");
        stage.show();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                System.out.println("first-frame-ms=" + System.currentTimeMillis());
                Platform.exit();
            }
        }.start();
    }
}
